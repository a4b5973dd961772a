package org.gelplan.core;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/** An in-process MongoDB wire server in memory, for read-model tests without Spring (other modules get it from plan-core's test jar). */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client;
    private final MongoTemplate template;
    private final MongoRepositoryFactory repositories;

    public InMemoryMongo() {
        client = MongoClients.create(server.bindAndGetConnectionString());
        template = new MongoTemplate(client, "gelplan");
        repositories = new MongoRepositoryFactory(template);
    }

    public MongoTemplate template() {
        return template;
    }

    public <T> T repository(Class<T> type) {
        return repositories.getRepository(type);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
