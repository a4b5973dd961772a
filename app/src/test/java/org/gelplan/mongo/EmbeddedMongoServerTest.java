package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class EmbeddedMongoServerTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheDataDirectoryAndReportsTheBoundPort() {
        Path nested = dataDir.resolve("not/yet/there");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(nested, 0)) {
            assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(server.address().getPort()).isPositive();
            assertThat(server.connectionString("gelplan").getConnectionString())
                .isEqualTo("mongodb://127.0.0.1:" + server.address().getPort() + "/gelplan");
            assertThat(server.file()).isEqualTo(nested.resolve("gelplan.mv"));
            assertThat(Files.exists(server.file())).isTrue();
        }
    }

    @Test
    void keepsDocumentsAndUniqueIndexesAcrossACleanRestart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("gelplan").getConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("gelplan").getCollection("events");
            events.createIndex(Indexes.ascending("agg", "seq"), new IndexOptions().unique(true));
            events.insertOne(new Document("agg", "a1").append("seq", 1));
            events.insertOne(new Document("agg", "a1").append("seq", 2));
        }
        assertThat(StoreFileInspection.closedCleanly(EmbeddedStoreFile.in(dataDir))).isTrue();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("gelplan").getConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("gelplan").getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(2);
            assertThatThrownBy(() -> events.insertOne(new Document("agg", "a1").append("seq", 2)))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
        }
    }

    @Test
    void refusesASecondServerOnTheSameFile() {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(dataDir, 0)) {
            assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDir, 0))
                .isInstanceOf(MongoUnavailableException.class)
                .hasMessageContaining("is locked by another process")
                .hasMessageContaining("GEL_DATA_DIR");
        }
    }

    @Test
    void explainsAPortAlreadyInUse() {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(dataDir.resolve("first"), 0)) {
            int taken = first.address().getPort();
            assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDir.resolve("second"), taken))
                .isInstanceOf(MongoUnavailableException.class)
                .hasMessageContaining("cannot listen on 127.0.0.1:" + taken)
                .hasMessageContaining("GEL_EMBEDDED_MONGO_PORT");
            assertThat(StoreFileInspection.closedCleanly(EmbeddedStoreFile.in(dataDir.resolve("second")))).isTrue();
        }
    }
}
