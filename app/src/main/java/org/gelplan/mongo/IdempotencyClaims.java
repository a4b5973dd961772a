package org.gelplan.mongo;

import java.util.Locale;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A request claiming its idempotency key (an insert into the idempotency records), whose reply need
 * not wait for a commit.
 *
 * <p>Safe because of prefix durability, as for {@link CounterWrites}: the claim is applied before the
 * command it guards, so the commit that makes the command's events durable makes the claim durable
 * too, and the completion that the answer waits for is a later, waiting write. A claim lost in a
 * crash belongs to a request that was never answered and whose command stored nothing durable, so
 * a retry runs it afresh, as it should. Completing, taking over and releasing a claim still wait.
 */
final class IdempotencyClaims {

    /** {@code org.gelplan.idempotency.IdempotencyRecords}' collection; that package sits above this one. */
    static final String RECORDS = "idempotency_keys";

    private IdempotencyClaims() {
    }

    static boolean isClaim(String command, Document query) {
        return command.toLowerCase(Locale.ROOT).equals("insert") && RECORDS.equals(query.get(command));
    }
}
