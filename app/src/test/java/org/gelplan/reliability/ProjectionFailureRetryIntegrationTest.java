package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
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
import org.springframework.core.env.Environment;

/**
 * A projection whose handler fails (a store timeout under load, a failover) gets the event again until it
 * succeeds; the processor never moves its token past an event a handler did not take (ADR 0019). Axon's
 * default would log the failure and go on, and the read model would lack that event for good. Meanwhile
 * health says DEGRADED (still 200), naming the processing group and the event.
 */
class ProjectionFailureRetryIntegrationTest {

    private static final int EVENTS = 3;

    @Test
    void anEventWhoseHandlerFailedIsHandledAgainAndNoneIsSkippedWhileHealthSaysDegraded(@TempDir Path dataDir)
            throws Exception {
        try (GelPlanNode node = GelPlanNode.start(FailingOnce.Config.class, "gelplan.data-dir=" + dataDir,
                "gelplan.embedded-mongo-port=0", "gelplan.demo.enabled=true")) {
            FailingOnce projection = node.bean(FailingOnce.class);
            ApiClient api = new ApiClient(URI.create("http://127.0.0.1:"
                    + node.bean(Environment.class).getProperty("local.server.port")));
            node.awaitProjections();
            assertThat(health(api)).contains("\"UP\"");
            for (int number = 0; number < EVENTS; number++) {
                node.count("retried", number);
            }
            await(() -> health(api).contains("\"DEGRADED\""));
            assertThat(api.get("control", "/actuator/health").body()).as("the details an operator sees")
                    .contains("failing-once", "Counted", "did not answer in time");

            projection.storeBack = true;
            Set<Integer> all = IntStream.range(0, EVENTS).boxed().collect(Collectors.toSet());
            await(() -> projection.handled.equals(all));
            assertThat(projection.failed).as("events whose first delivery failed").isEqualTo(all);
            assertThat(projection.handled).as("events handled after a failure").isEqualTo(all);
            await(() -> health(api).contains("\"UP\""));
        }
    }

    private static String health(ApiClient api) throws Exception {
        HttpResponse<String> health = api.get(null, "/actuator/health");
        assertThat(health.statusCode()).as("a degraded node still answers 200").isEqualTo(200);
        return health.body();
    }

    private static void await(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** Fails every delivery while the store is "away", and the first delivery of every count in any case. */
    @ProcessingGroup("failing-once")
    static class FailingOnce {

        final Set<Integer> failed = ConcurrentHashMap.newKeySet();
        final Set<Integer> handled = ConcurrentHashMap.newKeySet();
        volatile boolean storeBack;

        @EventHandler
        void on(Tally.Counted event) {
            if (failed.add(event.number()) || !storeBack) {
                throw new IllegalStateException("the store did not answer in time (simulated) for " + event.number());
            }
            handled.add(event.number());
        }

        /** Adds the projection to a node; not a {@code @Configuration}, so no other test context has it. */
        static class Config {

            @Bean
            FailingOnce failingOnce() {
                return new FailingOnce();
            }
        }
    }
}
