package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.bson.Document;

class BsonDocumentTypeTest {

    @TempDir
    Path dataDir;

    @Test
    void aDocumentReadBackEqualsTheOneWritten() {
        BsonDocumentType type = new BsonDocumentType(true);
        Document document = new Document("_id", "a#1").append("events", List.of(new Document("n", 1L)))
            .append("name", "Trámite");

        Document read = type.read(written(type, document));

        assertThat(read).isEqualTo(document);
        assertThat(type.encodedSize(read)).isEqualTo(type.encodedSize(document));
    }

    @Test
    void aStoredDocumentIsEncodedOnceWhenItsPageIsWrittenAgain() {
        BsonDocumentType type = new BsonDocumentType(false);
        Document document = new Document("_id", "a#1").append("n", 1);
        type.getMemory(document); // the put measures it
        ByteBuffer first = written(type, document);

        document.put("n", 2); // never done to a stored document: here it shows which bytes a write uses

        assertThat(written(type, document)).isEqualTo(first);
    }

    @Test
    void verifyingFailsTheWriteOfADocumentChangedInPlace() {
        BsonDocumentType type = new BsonDocumentType(true);
        Document document = new Document("_id", "a#1").append("n", 1);
        type.getMemory(document);

        document.put("n", 2);

        assertThatThrownBy(() -> written(type, document)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("changed in place");
    }

    @Test
    void updatesAndRestartsKeepEveryVersionRightWithTheCacheVerified() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("test"))) {
            MongoCollection<org.bson.Document> items = client.getDatabase("test").getCollection("items");
            for (int i = 0; i < 200; i++) {
                items.insertOne(new org.bson.Document("_id", "item-" + i).append("version", 0));
            }
            for (int round = 1; round <= 3; round++) {
                for (int i = 0; i < 200; i += 3) {
                    items.updateOne(Filters.eq("_id", "item-" + i), Updates.set("version", round));
                }
            }
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("test"))) {
            MongoCollection<org.bson.Document> items = client.getDatabase("test").getCollection("items");
            assertThat(items.countDocuments()).isEqualTo(200);
            assertThat(items.countDocuments(Filters.eq("version", 3))).isEqualTo(67);
            assertThat(items.countDocuments(Filters.eq("version", 0))).isEqualTo(133);
        }
    }

    private static ByteBuffer written(BsonDocumentType type, Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }
}
