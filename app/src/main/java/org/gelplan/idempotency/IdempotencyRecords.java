package org.gelplan.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * The idempotency records, keyed by user and key: inserting one is how a request claims its key,
 * so two nodes racing on one key let exactly one of them run the command.
 */
@Component
class IdempotencyRecords {

    private final MongoCollection<Document> records;

    IdempotencyRecords(MongoDatabaseFactory databases) {
        this.records = databases.getMongoDatabase().getCollection("idempotency_keys");
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

    void complete(IdempotencyRecord record) {
        records.replaceOne(eq("_id", record.id()), record.toDocument());
    }

    /** A request that failed on the server's side frees its key, so that the client may try again. */
    void release(String id) {
        records.deleteOne(and(eq("_id", id), eq("completed", false)));
    }
}
