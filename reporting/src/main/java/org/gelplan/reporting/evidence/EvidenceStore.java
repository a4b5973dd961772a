package org.gelplan.reporting.evidence;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Evidence bytes in MongoDB GridFS (bucket {@code evidence}: {@code evidence.files}, {@code evidence.chunks}),
 * on the embedded server and on a real MongoDB alike. Files are written once under their attachment id
 * and never updated; reads are an {@code _id} lookup plus the file's chunks.
 */
@Component
class EvidenceStore {

    static final String BUCKET = "evidence";
    private static final int CHUNK_SIZE = 255 * 1024;

    private final MongoDatabaseFactory mongo;

    EvidenceStore(MongoDatabaseFactory mongo) {
        this.mongo = mongo;
    }

    void store(String attachmentId, String fileName, String contentType, byte[] bytes) {
        bucket().uploadFromStream(new BsonString(attachmentId), fileName, new ByteArrayInputStream(bytes),
                new GridFSUploadOptions().chunkSizeBytes(CHUNK_SIZE).metadata(new Document("contentType", contentType)));
    }

    /** The stored bytes, or empty when the store holds no such file. */
    Optional<byte[]> read(String attachmentId) {
        BsonString id = new BsonString(attachmentId);
        if (bucket().find(new Document("_id", id)).first() == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket().downloadToStream(id, out);
        return Optional.of(out.toByteArray());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getMongoDatabase(), BUCKET);
    }
}
