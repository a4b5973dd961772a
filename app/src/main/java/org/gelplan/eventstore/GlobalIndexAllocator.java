package org.gelplan.eventstore;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/**
 * Hands out blocks of the dense global sequence with one atomic {@code $inc} on a counter document.
 *
 * <p>A block that is allocated but never written (the writer lost an optimistic-lock race or
 * crashed) becomes a permanent gap; tracking tokens skip it after the gap timeout.
 */
public class GlobalIndexAllocator {

    private static final String COUNTER_ID = "globalIndex";
    private static final String NEXT = "next";

    private final EventStoreCollections collections;

    public GlobalIndexAllocator(EventStoreCollections collections) {
        this.collections = collections;
    }

    /** Reserves {@code count} consecutive indexes and returns the first of them. */
    public long allocate(int count) {
        Document counter = collections.counters().findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.get(NEXT, Number.class).longValue() - count;
    }

    /** The highest index handed out so far, or -1 when none was. */
    public long highestAllocated() {
        Document counter = collections.counters().find(eq("_id", COUNTER_ID)).first();
        return counter == null ? -1 : counter.get(NEXT, Number.class).longValue() - 1;
    }
}
