package org.gelplan.reporting.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification speed on the embedded store, against a raw driver read of the same documents, on a chain
 * of uniform events written for the purpose (the benchmark harness measures the same with
 * {@link ChainVerificationRate} on the application's real store). Opt-in:
 * <pre>
 * mvn -B -ntp -pl app -am -Dtest=ChainVerificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgelplan.benchmark=true -Dgelplan.benchmark.events=100000 test
 * </pre>
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "gelplan.benchmark", matches = "true")
class ChainVerificationBenchmark {

    private static final int EVENTS_PER_COMMIT = 10;

    @TempDir
    Path dataDir;

    @Test
    void verifiesTheChainOfManyEvents() {
        int events = Integer.getInteger("gelplan.benchmark.events", 100_000);
        try (AuditStore store = new AuditStore(dataDir)) {
            long written = time(() -> write(store, events));
            long[] linked = {0};
            long built = time(() -> linked[0] = store.chain().current().length());
            long lookups = time(() -> {
                for (long from = 0; from < events; from += 500) {
                    store.log.at(ChainBuilder.range(from, from + 500));
                }
            });
            long chainReads = time(() -> {
                for (long from = 0; from < events; from += 500) {
                    store.chainStore.entriesAt(ChainBuilder.range(from, from + 500));
                }
            });
            ChainVerificationRate.Result result = ChainVerificationRate.measure(store.chainStore, store.log, store.commits());

            assertThat(result.verification().intact()).isTrue();
            assertThat(result.verification().length()).isEqualTo(events);
            System.out.printf("%n%,d events (%d per commit): written in %,d ms, chain built in %,d ms (%,.0f events/s)%n"
                            + "raw driver read of the same documents: %,d ms (%,.0f events/s)%n"
                            + "the same events by global index ($in windows of 500): %,d ms; chain entries by position: %,d ms%n"
                            + "verification: %,d ms (%,.0f events/s)%n%n",
                    events, EVENTS_PER_COMMIT, written, built, rate(linked[0], built), result.rawMillis(),
                    result.rawPerSecond(), lookups, chainReads, result.verifiedMillis(), result.verifiedPerSecond());
        }
    }

    private static void write(AuditStore store, int events) {
        Instant start = Instant.parse("2009-09-21T15:00:00Z");
        for (int commit = 0; commit < events / EVENTS_PER_COMMIT; commit++) {
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_COMMIT; i++) {
                batch.add(new GenericDomainEventMessage<>("Note", "plan-" + commit, i,
                        new AuditStore.Noted("x".repeat(150), i), MetaData.from(Map.of("actor", "user:miembro")),
                        UUID.randomUUID().toString(), start.plusSeconds(commit)));
            }
            store.engine.appendEvents(batch);
        }
    }

    private static double rate(long count, long millis) {
        return ChainVerificationRate.perSecond(count, millis);
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
