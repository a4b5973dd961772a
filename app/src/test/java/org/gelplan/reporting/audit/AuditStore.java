package org.gelplan.reporting.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.eventstore.MongoCommitEventStorageEngine;
import org.gelplan.eventstore.MongoStoredEventLog;
import org.gelplan.mongo.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dedicated event store with its chain on an embedded server, for tests that tamper with it. */
final class AuditStore implements AutoCloseable {

    /** A small event, stored the way the application stores its records. */
    record Noted(String text, int number) {
    }

    private final EmbeddedMongoServer server;
    private final MongoClient client;
    final MongoDatabase database;
    final MongoCommitEventStorageEngine engine;
    final MongoStoredEventLog log;
    final AuditChainStore chainStore;

    AuditStore(Path dataDir) {
        server = EmbeddedMongoServer.start(dataDir, 0);
        client = MongoClients.create(server.connectionString("audit"));
        database = client.getDatabase("audit" + UUID.randomUUID().toString().substring(0, 8));
        EventStoreCollections collections = EventStoreCollections.in(database);
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = MongoCommitEventStorageEngine.builder().collections(collections)
                .eventSerializer(serializer).snapshotSerializer(serializer).build();
        log = new MongoStoredEventLog(collections);
        chainStore = new AuditChainStore(database);
    }

    /** The connection string of this store's database, as an operator would pass it. */
    String uri() {
        return server.connectionString(database.getName()).toString();
    }

    AuditChain chain() {
        return new AuditChain(log, chainStore);
    }

    /** Stores one event per commit: sequence {@code sequence} of aggregate {@code aggregateId}. */
    String append(String aggregateId, long sequence, Instant at) {
        String eventId = UUID.randomUUID().toString();
        engine.appendEvents(new GenericDomainEventMessage<>("Note", aggregateId, sequence,
                new Noted("note " + sequence, (int) sequence), MetaData.from(Map.of("actor", "user:miembro",
                "roles", "COMMITTEE_MEMBER")), eventId, at));
        return eventId;
    }

    MongoCollection<Document> commits() {
        return database.getCollection(EventStoreCollections.COMMITS);
    }

    /** The commit holding the event at this global index. */
    Document commitAt(long globalIndex) {
        return commits().find(new Document("globalIndexes", globalIndex)).first();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
