package org.gelplan.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.gelplan.core.Futures;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * The idempotency records, keyed by user and key: inserting one is how a request claims its key,
 * so two nodes racing on one key let exactly one of them run the command.
 */
@Component
class IdempotencyRecords {

    /** Writes answers to a real MongoDB while the request's thread waits for its projections (daemon threads). */
    private static final ExecutorService COMPLETIONS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "idempotency-completion");
        thread.setDaemon(true);
        return thread;
    });

    private final MongoCollection<Document> records;
    /** This node's own embedded store, which it writes to; absent on a real MongoDB. */
    private final EmbeddedMongoServer embedded;

    IdempotencyRecords(MongoDatabaseFactory databases, ObjectProvider<EmbeddedMongoServer> embedded) {
        this.records = databases.getMongoDatabase().getCollection("idempotency_keys");
        this.embedded = embedded.getIfAvailable();
    }

    /** @return empty when this request claimed the key, else the record already there */
    Optional<IdempotencyRecord> claim(IdempotencyRecord started) {
        try {
            records.insertOne(started.toDocument());
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return find(started.id());
        }
    }

    /**
     * Replaces a claim whose request never finished (its node died) with this request's claim or a
     * recovered answer, if it is still that old, unfinished one: of two nodes settling it, one wins.
     */
    boolean takeOver(IdempotencyRecord stale, IdempotencyRecord started) {
        return records.replaceOne(and(eq("_id", stale.id()), eq("completed", false),
                lt("startedAt", Date.from(stale.startedAt().plusMillis(1)))), started.toDocument()).getModifiedCount() == 1;
    }

    Optional<IdempotencyRecord> find(String id) {
        return Optional.ofNullable(records.find(eq("_id", id)).first()).map(IdempotencyRecord::from);
    }

    /**
     * Stores the answer; it is durable once the returned wait has returned. On this node's embedded store the
     * write answers at once and the wait blocks until a commit covers it, which other requests' commits
     * usually have by then (ADR 0008, session 10). Elsewhere the write is acknowledged once durable, as every
     * write is, and runs on another thread meanwhile.
     */
    Durable complete(IdempotencyRecord record) {
        if (embedded == null) {
            CompletableFuture<Void> write = CompletableFuture.runAsync(
                    () -> records.replaceOne(eq("_id", record.id()), record.toDocument()), COMPLETIONS);
            return () -> Futures.join(write);
        }
        records.replaceOne(eq("_id", record.id()), record.toDocument(),
                new ReplaceOptions().comment(EmbeddedMongoServer.WRITER_AWAITS_COMMIT));
        long ticket = embedded.commitTicket();
        return () -> embedded.awaitCommitted(ticket);
    }

    /** Blocks until a write is durable. */
    @FunctionalInterface
    interface Durable {
        void await();
    }

    /** A request that failed on the server's side frees its key, so that the client may try again. */
    void release(String id) {
        records.deleteOne(and(eq("_id", id), eq("completed", false)));
    }
}
