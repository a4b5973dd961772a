package org.gelplan.reporting.audit;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.gelplan.reporting.api.StoredEventLog;

import java.util.List;

/**
 * Verification of a whole audit chain against the stored events, in events per second, next to a raw
 * driver cursor over the same commits: shared by {@link ChainVerificationBenchmark} and the benchmark
 * harness ({@code org.gelplan.bench}), so both measure the one {@link ChainVerifier}.
 */
public final class ChainVerificationRate {

    /** Events verified and read, with the milliseconds each took. */
    public record Result(ChainVerification verification, long verifiedMillis, long rawEvents, long rawMillis) {

        public double verifiedPerSecond() {
            return perSecond(verification.length(), verifiedMillis);
        }

        public double rawPerSecond() {
            return perSecond(rawEvents, rawMillis);
        }
    }

    private ChainVerificationRate() {
    }

    /** Verifies the chain as it stands (link it first), then reads every commit with a plain cursor. */
    public static Result measure(AuditChainStore chain, StoredEventLog log, MongoCollection<Document> commits) {
        long start = System.nanoTime();
        ChainVerification verification = new ChainVerifier(chain, log).verify(List.of());
        long verified = millisSince(start);
        start = System.nanoTime();
        long events = 0;
        for (Document commit : commits.find().batchSize(100)) {
            events += commit.getList("events", Document.class).size();
        }
        return new Result(verification, verified, events, millisSince(start));
    }

    static double perSecond(long count, long millis) {
        return count * 1000.0 / Math.max(1, millis);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
