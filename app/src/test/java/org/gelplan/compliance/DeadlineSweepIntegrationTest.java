package org.gelplan.compliance;

import org.bson.Document;
import org.gelplan.compliance.lifecycle.DeadlineSweep;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Missed deadlines are recorded exactly once: however often the sweep runs, on however many nodes,
 * and after a restart that happened while the dates passed. The clock is moved by hand.
 */
class DeadlineSweepIntegrationTest {

    private static final String MISSED = "org.gelplan.compliance.api.CriterionDeadlineMissed";
    private static final String PHASE = "org.gelplan.compliance.api.PhaseDeadlineReached";

    @Test
    void recordsEachPassedDeadlineOnceAcrossSweepsNodesAndRestarts(@TempDir Path dataDir) {
        TestClock.INSTANCE.set("2009-10-10T12:00:00");
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(dataDir, 0)) {
            String[] properties = {"gelplan.mongodb-uri=" + store.connectionString("gelplan"), "gelplan.demo.enabled=true",
                    "gelplan.compliance.deadline-sweep-cron=-"};
            try (GelPlanNode a = GelPlanNode.start(TestClock.Config.class, with(properties, "gelplan.axon.node-id=a"))) {
                a.awaitProjections();
                a.bean(DeadlineSweep.class).sweep();
                a.awaitProjections();
                a.bean(DeadlineSweep.class).sweep();
                a.awaitProjections();
                // Tabla 2: 34 criteria answered NO with target 2009-09-30; Información's deadline was 2008-11-01.
                assertThat(count(a, MISSED)).isEqualTo(34);
                assertThat(count(a, PHASE)).isEqualTo(1);

                try (GelPlanNode b = GelPlanNode.start(TestClock.Config.class, with(properties, "gelplan.axon.node-id=b"))) {
                    TestClock.INSTANCE.set("2009-12-02T08:00:00");
                    CompletableFuture.allOf(CompletableFuture.runAsync(() -> a.bean(DeadlineSweep.class).sweep()),
                            CompletableFuture.runAsync(() -> b.bean(DeadlineSweep.class).sweep())).join();
                    a.awaitProjections();
                    // Tabla 3: 8 criteria answered NO with target 2009-12-01; Interacción's deadline was 2009-12-01.
                    assertThat(count(a, MISSED)).isEqualTo(42);
                    assertThat(count(a, PHASE)).isEqualTo(2);
                }
            }
            TestClock.INSTANCE.set("2009-12-20T08:00:00");
            try (GelPlanNode restarted = GelPlanNode.start(TestClock.Config.class, with(properties, "gelplan.axon.node-id=c"))) {
                restarted.awaitProjections();
                restarted.bean(DeadlineSweep.class).sweep();
                assertThat(count(restarted, MISSED)).isEqualTo(42);
                assertThat(count(restarted, PHASE)).isEqualTo(2);
            }
        }
    }

    private static long count(GelPlanNode node, String payloadType) {
        long n = 0;
        for (Document commit : node.bean(MongoTemplate.class).getCollection("eventcommits").find()) {
            n += commit.getList("events", Document.class).stream()
                    .filter(e -> payloadType.equals(e.getString("payloadType"))).count();
        }
        return n;
    }

    private static String[] with(String[] properties, String extra) {
        String[] all = java.util.Arrays.copyOf(properties, properties.length + 1);
        all[properties.length] = extra;
        return all;
    }
}
