package org.gelplan.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.BsonBinary;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewStoreKeepsDocumentsAsBsonAndEveryTypeSurvivesARestart() {
        Document original = new Document("_id", new ObjectId()).append("text", "Acuerdo ñ \u00e9 $x.y")
                .append("int", 7).append("long", 7L).append("double", 0.1).append("decimal", new Decimal128(new BigDecimal("1.10")))
                .append("bool", true).append("null", null).append("date", new Date(1_000_000L))
                .append("binary", new BsonBinary(new byte[] {1, 2, 3})).append("uuid", new BsonBinary(UUID.randomUUID(), UuidRepresentation.STANDARD))
                .append("timestamp", new BsonTimestamp(5, 6))
                .append("nested", new Document("list", List.of(1, "two", new Document("three", 3.0), List.of())));
        write(original);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = client(server)) {
            Document read = collection(client).find().first();
            assertThat(read.toJson()).isEqualTo(original.toJson());
        }
        try (MVStore store = EmbeddedStoreFile.open(EmbeddedStoreFile.in(dataDir), EmbeddedStoreFile.MIN_CACHE_MB)) {
            assertThat(DocumentFormat.of(store)).isEqualTo(DocumentFormat.BSON);
        }
    }

    @Test
    void aStoreWrittenWithJavaSerializationKeepsThatEncoding() {
        try (MVStore store = EmbeddedStoreFile.open(EmbeddedStoreFile.in(dataDir), EmbeddedStoreFile.MIN_CACHE_MB)) {
            de.bwaldvogel.mongo.backend.h2.H2Backend legacy = new de.bwaldvogel.mongo.backend.h2.H2Backend(store);
            de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(legacy);
            String address = server.bindAndGetConnectionString();
            try (MongoClient client = MongoClients.create(address)) {
                collection(client).insertOne(new Document("_id", "old").append("n", 1));
            }
            server.shutdown();
            legacy.commit();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = client(server)) {
            collection(client).insertOne(new Document("_id", "new").append("n", 2));
            assertThat(collection(client).countDocuments()).isEqualTo(2);
        }
        try (MVStore store = EmbeddedStoreFile.open(EmbeddedStoreFile.in(dataDir), EmbeddedStoreFile.MIN_CACHE_MB)) {
            assertThat(DocumentFormat.of(store)).isEqualTo(DocumentFormat.JAVA_SERIALIZATION);
        }
    }

    private void write(Document document) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = client(server)) {
            collection(client).insertOne(document);
        }
    }

    private static MongoClient client(EmbeddedMongoServer server) {
        return MongoClients.create(server.connectionString("gelplan").getConnectionString());
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("gelplan").getCollection("formats");
    }
}
