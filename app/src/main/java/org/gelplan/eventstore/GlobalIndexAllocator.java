package org.gelplan.eventstore;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.concurrent.atomic.AtomicLong;

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
    /** The highest index this allocator handed out or read; {@link Long#MIN_VALUE} before the first. */
    private final AtomicLong highestSeen = new AtomicLong(Long.MIN_VALUE);

    public GlobalIndexAllocator(EventStoreCollections collections) {
        this.collections = collections;
    }

    /** Reserves {@code count} consecutive indexes and returns the first of them. */
    public long allocate(int count) {
        Document counter = collections.counters().findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc(NEXT, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        long next = counter.get(NEXT, Number.class).longValue();
        highestSeen.accumulateAndGet(next - 1, Math::max);
        return next - count;
    }

    /** The highest index handed out so far, or -1 when none was: one read. */
    public long highestAllocated() {
        Document counter = collections.counters().find(eq("_id", COUNTER_ID)).first();
        long highest = counter == null ? -1 : counter.get(NEXT, Number.class).longValue() - 1;
        return highestSeen.accumulateAndGet(highest, Math::max);
    }

    /**
     * At most the highest index handed out so far: the highest this allocator handed out or read, read once
     * if it has seen none. The counter only grows, so every index allocated after this call is higher, and
     * another node's allocations since are only missed, never over-counted. No read once one was seen.
     */
    public long highestKnown() {
        long seen = highestSeen.get();
        return seen == Long.MIN_VALUE ? highestAllocated() : seen;
    }
}
