package org.gelplan.mongo;

import java.util.Locale;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The event store's global-index counter updates, whose replies need not wait for a commit.
 *
 * <p>Safe because of prefix durability: every commit captures all changes applied before it (writes
 * run one at a time, and a commit holds them off), so the commit that makes an event commit durable
 * also makes the counter update that allocated its indexes durable. A counter update lost in a crash
 * can only have allocated indexes that no durable document uses; they are handed out again after the
 * restart. This saves one group-commit wait on every command.
 */
final class CounterWrites {

    /** {@code org.gelplan.eventstore.EventStoreCollections#COUNTERS}; the store module sits above this one. */
    static final String COUNTERS = "eventcounters";

    private CounterWrites() {
    }

    static boolean isCounterUpdate(String command, Document query) {
        return command.toLowerCase(Locale.ROOT).equals("findandmodify")
            && COUNTERS.equals(query.get(command));
    }
}
