package org.gelplan.mongo;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stores a collection's documents in the H2 file as BSON, with the server's own wire codec.
 *
 * <p>H2's default type writes them with Java serialization, a new object stream per document, and
 * MVStore rewrites every document of a changed page on each commit: that was most of the CPU time
 * of a command (see BENCHMARKS.md and docs/adr/0002). BSON is what the documents are made of on
 * the wire anyway, so every type a client can store round-trips.
 *
 * <p>A stored document never changes ({@link CopyOnUpdateH2Collection}), so its bytes are kept, by the
 * document's identity, from the first time they are needed (the put measures the document): a commit that
 * rewrites a page then encodes only the documents that changed, not their neighbours again (ADR 0002,
 * session 10). The keys are weak, so the cache holds the bytes of the documents in memory only: a document
 * no page holds any more leaves it. A document read from the file is not added until a write needs it, so
 * reads pay nothing. With {@value #VERIFY_PROPERTY} set, every cached answer is checked against a
 * fresh encoding, and a document changed in place fails the write (the test runs set it).
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final String VERIFY_PROPERTY = "gelplan.embedded-mongo.verify-encodings";

    static final BsonDocumentType INSTANCE = new BsonDocumentType(Boolean.getBoolean(VERIFY_PROPERTY));

    /** Fixed per-document overhead for MVStore's page-size accounting, besides the BSON bytes. */
    private static final int OBJECT_OVERHEAD = 64;

    private final Cache<Document, byte[]> encodings = Caffeine.newBuilder().weakKeys().executor(Runnable::run).build();

    private final boolean verify;

    BsonDocumentType(boolean verify) {
        this.verify = verify;
    }

    @Override
    public int getMemory(Document document) {
        return OBJECT_OVERHEAD + 2 * encodedSize(document);
    }

    /** The document's size in BSON, as MongoDB measures a document. */
    int encodedSize(Document document) {
        return bytes(document).length;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        byte[] bson = bytes(document);
        buffer.putVarInt(bson.length);
        buffer.put(bson);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        byte[] bson = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private byte[] bytes(Document document) {
        byte[] cached = encodings.getIfPresent(document);
        if (cached == null) {
            byte[] bson = encode(document);
            encodings.put(document, bson);
            return bson;
        }
        if (verify && !Arrays.equals(cached, encode(document))) {
            throw new IllegalStateException("A stored document was changed in place; its stored bytes would be stale: "
                + document.keySet());
        }
        return cached;
    }

    private static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }
}
