package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;

/**
 * A projection whose handler fails (a store timeout under load, a failover) gets the event again until it
 * succeeds; the processor never moves its token past an event a handler did not take (ADR 0019). Axon's
 * default would log the failure and go on, and the read model would lack that event for good.
 */
class ProjectionFailureRetryIntegrationTest {

    private static final int EVENTS = 3;

    @Test
    void anEventWhoseHandlerFailedOnceIsHandledAgainAndNoneIsSkipped(@TempDir Path dataDir) throws Exception {
        FailingOnce projection = new FailingOnce();
        FailingOnce.instance = projection;
        try (GelPlanNode node = GelPlanNode.start(FailingOnce.Config.class, "gelplan.data-dir=" + dataDir,
                "gelplan.embedded-mongo-port=0")) {
            node.awaitProjections();
            for (int number = 0; number < EVENTS; number++) {
                node.count("retried", number);
            }
            Set<Integer> all = IntStream.range(0, EVENTS).boxed().collect(Collectors.toSet());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!projection.handled.equals(all) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(projection.failed).as("events whose first delivery failed").isEqualTo(all);
            assertThat(projection.handled).as("events handled after a failure").isEqualTo(all);
        } finally {
            FailingOnce.instance = null;
        }
    }

    /** Fails the first delivery of every count, and takes the second. */
    @ProcessingGroup("failing-once")
    static class FailingOnce {

        static volatile FailingOnce instance;

        final Set<Integer> failed = ConcurrentHashMap.newKeySet();
        final Set<Integer> handled = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(Tally.Counted event) {
            if (failed.add(event.number())) {
                throw new IllegalStateException("the store did not answer in time (simulated) for " + event.number());
            }
            handled.add(event.number());
        }

        /** Adds the projection to a node; not a {@code @Configuration}, so no other test context has it. */
        static class Config {

            @Bean
            FailingOnce failingOnce() {
                return instance;
            }
        }
    }
}
