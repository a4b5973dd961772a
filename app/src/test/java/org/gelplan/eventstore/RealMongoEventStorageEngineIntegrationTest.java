package org.gelplan.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.util.UUID;

/** The same storage-engine contract on a real MongoDB replica set; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoEventStorageEngineIntegrationTest extends EventStorageEngineContract {

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected MongoDatabase freshDatabase() {
        return client.getDatabase("es" + UUID.randomUUID().toString().substring(0, 8));
    }
}
