package org.gelplan.mongo;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

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
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** Fixed per-document overhead for MVStore's page-size accounting, besides the BSON bytes. */
    private static final int OBJECT_OVERHEAD = 64;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return OBJECT_OVERHEAD + 2 * encodedSize(document);
    }

    /** The document's size in BSON, as MongoDB measures a document. */
    int encodedSize(Document document) {
        ByteBuf bson = encode(document);
        try {
            return bson.readableBytes();
        } finally {
            bson.release();
        }
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = encode(document);
        try {
            int length = bson.readableBytes();
            buffer.putVarInt(length);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        } finally {
            bson.release();
        }
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

    private static ByteBuf encode(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, bson);
        return bson;
    }
}
