package org.gelplan.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/** A collection's data size, no longer kept on every write, is still what MongoDB reports: its documents' BSON bytes. */
class SizeOnDemandH2CollectionTest {

    @TempDir
    Path dataDir;

    @Test
    void collStatsReportsTheBsonSizeOfTheDocumentsAfterInsertsUpdatesDeletesAndARestart() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0); MongoClient client = client(server)) {
            MongoCollection<Document> items = client.getDatabase("gelplan").getCollection("items");
            for (int i = 0; i < 20; i++) {
                items.insertOne(new Document("_id", "item-" + i).append("name", "Trámite " + i).append("versions", List.of(i)));
            }
            items.updateOne(eq("_id", "item-3"), set("name", "a much longer name than before, ".repeat(10)));
            items.deleteOne(eq("_id", "item-7"));

            assertThat(dataSize(client.getDatabase("gelplan"))).isEqualTo(bsonBytes(items)).isPositive();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0); MongoClient client = client(server)) {
            MongoCollection<Document> items = client.getDatabase("gelplan").getCollection("items");
            assertThat(items.countDocuments()).isEqualTo(19);
            assertThat(dataSize(client.getDatabase("gelplan"))).isEqualTo(bsonBytes(items));
        }
    }

    private static MongoClient client(EmbeddedMongoServer server) {
        return MongoClients.create(server.connectionString("gelplan").getConnectionString());
    }

    private static long dataSize(MongoDatabase database) {
        return database.runCommand(new Document("collStats", "items")).get("size", Number.class).longValue();
    }

    private static long bsonBytes(MongoCollection<Document> items) {
        long bytes = 0;
        for (Document document : items.find().into(new ArrayList<>())) {
            bytes += new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
        }
        return bytes;
    }
}
