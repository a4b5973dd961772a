package org.gelplan.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.UUID;

/** The storage-engine contract on the embedded wire-protocol server (H2 backend, in memory). */
class EmbeddedEventStorageEngineTest extends EventStorageEngineContract {

    private static MongoServer server;
    private static MongoClient client;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("es" + UUID.randomUUID().toString().substring(0, 8));
    }
}
