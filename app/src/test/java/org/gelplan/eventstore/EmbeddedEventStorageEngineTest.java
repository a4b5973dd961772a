package org.gelplan.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.UUID;

/** The storage-engine contract on the application's own embedded server (group commit, isolated commands). */
class EmbeddedEventStorageEngineTest extends EventStorageEngineContract {

    @TempDir
    static Path dataDir;

    private static EmbeddedMongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMongoServer.start(dataDir, 0);
        client = MongoClients.create(server.connectionString("contract"));
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("es" + UUID.randomUUID().toString().substring(0, 8));
    }
}
