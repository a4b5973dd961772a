package org.gelplan.mongo;

import java.util.Locale;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The idempotency records' writes whose replies need not wait for a commit: a request claiming its key
 * (an insert), and a completion whose writer awaits the commit itself.
 *
 * <p>A claim is safe because of prefix durability, as for {@link CounterWrites}: the claim is applied
 * before the command it guards, so the commit that makes the command's events durable makes the claim
 * durable too, and the completion the answer waits for is written after it. A claim lost in a
 * crash belongs to a request that was never answered and whose command stored nothing durable, so a
 * retry runs it afresh, as it should.
 *
 * <p>A completion marked with {@link #WRITER_AWAITS_COMMIT} (an update's {@code comment}) answers at once;
 * its writer holds the answer back until {@link EmbeddedMongoServer#awaitCommitted} says a commit covers it.
 * It waits beside read-your-writes, and the commits that other requests' events start meanwhile usually
 * cover it: a keyed HTTP command no longer needs a commit of its own for its record (ADR 0008, session 10).
 * Only a writer that knows this server is the one it writes to may mark a write; another node, reaching
 * the store over the network, writes unmarked and waits as before. Taking over and releasing a claim wait.
 */
final class IdempotencyClaims {

    /** {@code org.gelplan.idempotency.IdempotencyRecords}' collection; that package sits above this one. */
    static final String RECORDS = "idempotency_keys";

    /** The {@code comment} of a write whose writer awaits its commit itself. */
    static final String WRITER_AWAITS_COMMIT = "gelplan:writer-awaits-commit";

    private IdempotencyClaims() {
    }

    /** A claim, or a completion whose writer awaits the commit: its reply need not wait. */
    static boolean answersAtOnce(String command, Document query) {
        return isClaim(command, query) || isCompletionAwaitedByWriter(command, query);
    }

    private static boolean isClaim(String command, Document query) {
        return command.toLowerCase(Locale.ROOT).equals("insert") && RECORDS.equals(query.get(command));
    }

    private static boolean isCompletionAwaitedByWriter(String command, Document query) {
        return command.toLowerCase(Locale.ROOT).equals("update") && RECORDS.equals(query.get(command))
            && WRITER_AWAITS_COMMIT.equals(query.get("comment"));
    }
}
