package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoDatabase;

/**
 * The crash loop of issue 11: N times, the application runs as a child JVM under concurrent command
 * load over HTTP, is killed with SIGKILL at a random moment, and is started again on the same data
 * directory (in this JVM, so the test can reset its processors). Then every acknowledged command's
 * event is stored exactly once, no (aggregate, sequence) or global index is taken twice, and the
 * read models after catch-up equal a full rebuild from the events.
 * {@code -Dgelplan.crash.rounds=50} for the full run, {@code -Dgelplan.crash.seed=...} to repeat one.
 */
@Timeout(value = 60, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashSurvivalIntegrationTest {

    /** Child and restarted node share an owner id, as one server restarted with GELPLAN_AXON_NODE_ID does. */
    private static final String NODE = "crash-harness";
    private static final Duration REBUILD_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    private final CommandLoad load = new CommandLoad();
    private long storedEvents;

    @Test
    void acknowledgedCommandsSurviveKillNineExactlyOnceAndProjectionsEqualARebuild() throws Exception {
        int rounds = Integer.getInteger("gelplan.crash.rounds", 2);
        long seed = Long.getLong("gelplan.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        long started = System.nanoTime();
        long lost = 0;
        for (int round = 1; round <= rounds; round++) {
            String context = "seed " + seed + ", round " + round;
            int killAfterAcks = 3 + random.nextInt(12);
            long thenWaitMillis = random.nextInt(1500);
            long roundStart = System.nanoTime();
            try (AppProcess app = AppProcess.start(dataDir, NODE, "round-" + round)) {
                load.awaitDemoData(app.base());
                if (round == 1) {
                    load.prepare(app.base(), TestPlans.mocoaAdoptedOn(CommandLoad.PLAN_ADOPTED_ON).toString());
                }
                load.start(app.base(), round);
                load.awaitAcknowledged(load.acknowledged().size() + killAfterAcks, Duration.ofMinutes(3));
                Thread.sleep(thenWaitMillis);
                app.kill();
                load.stop();
            }
            long killed = System.nanoTime();
            lost += restartAndCheck(context, round == 1);
            long storedEvents = this.storedEvents;
            System.out.printf("crash round %d/%d: killed %d ms after the %dth acknowledgement of the round; %d commands sent, %d acknowledged, "
                            + "%d refused, %d unanswered so far; %d events stored; lost %d; run %d s, restart and checks %d s%n",
                    round, rounds, thenWaitMillis, killAfterAcks, load.sent(), load.acknowledged().size(), load.refused(),
                    load.unanswered(), storedEvents, lost, (killed - roundStart) / 1_000_000_000,
                    (System.nanoTime() - killed) / 1_000_000_000);
        }
        assertThat(load.serverErrors()).as("5xx answers under load").isEmpty();
        assertThat(lost).isZero();
        System.out.printf("crash survival (seed %d): %d iterations, %d commands acknowledged, lost: %d, %d s%n",
                seed, rounds, load.acknowledged().size(), lost, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Restarts the application on the killed store, checks it, and returns how many acknowledged commands are missing. */
    private long restartAndCheck(String context, boolean firstRound) throws InterruptedException {
        try (GelPlanNode node = GelPlanNode.start("gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0",
                "gelplan.demo.enabled=true", "gelplan.axon.node-id=" + NODE)) {
            node.awaitProjections();
            MongoDatabase database = node.bean(MongoTemplate.class).getDb();

            List<StoredRecord.Event> events = StoredRecord.events(database);
            storedEvents = events.size();
            assertThat(StoredRecord.duplicates(events.stream().map(StoredRecord.Event::sequenceKey).toList()))
                    .as("(aggregate, sequence) pairs stored twice, " + context).isEmpty();
            assertThat(StoredRecord.duplicates(events.stream().map(StoredRecord.Event::globalIndex).toList()))
                    .as("global indexes stored twice, " + context).isEmpty();
            Map<String, Long> byRequest = events.stream().filter(e -> e.requestId() != null)
                    .collect(Collectors.groupingBy(e -> e.requestId() + " " + simpleName(e.payloadType()),
                            Collectors.counting()));
            long lost = 0;
            for (CommandLoad.Acknowledged command : load.acknowledged()) {
                long stored = byRequest.getOrDefault(command.requestId() + " " + command.eventType(), 0L);
                assertThat(stored).as("%s of acknowledged %s stored more than once, %s", command.eventType(),
                        command.requestId(), context).isLessThanOrEqualTo(1);
                lost += 1 - stored;
            }
            assertThat(lost).as("acknowledged commands whose event is missing, " + context).isZero();

            Map<String, List<String>> caughtUp = StoredRecord.readModels(database);
            if (firstRound) {
                System.out.println("crash harness compares the read models " + caughtUp.keySet());
            }
            rebuildAll(node);
            Map<String, List<String>> rebuilt = awaitEqual(database, caughtUp);
            assertThat(rebuilt).as("read models after catch-up equal a full rebuild, " + context).isEqualTo(caughtUp);

            // LEAD AT MERGE (issue 11 item 2, audit chain): once /api/v1/audit/verify exists, assert here that the
            // chain verifies after every crash, e.g. through the node's AuditChain query or over HTTP as "control":
            // assertThat(verify(node)).as("audit chain, " + context).extracting("valid").isEqualTo(true);
            return lost;
        }
    }

    /** Resets every processor that can replay, as an operator's full rebuild would, and waits for the replay. */
    private static void rebuildAll(GelPlanNode node) throws InterruptedException {
        List<StreamingEventProcessor> processors = node.bean(EventProcessingConfiguration.class).eventProcessors()
                .values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).filter(StreamingEventProcessor::supportsReset).toList();
        for (StreamingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && processors.stream()
                .anyMatch(p -> p.isReplaying() || p.processingStatus().isEmpty())) {
            Thread.sleep(50);
        }
        node.awaitProjections();
    }

    /** A rebuild converges on the caught-up read models; give it time, then let the assertion judge. */
    private static Map<String, List<String>> awaitEqual(MongoDatabase database, Map<String, List<String>> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
        Map<String, List<String>> current = StoredRecord.readModels(database);
        while (!Objects.equals(current, expected) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            current = StoredRecord.readModels(database);
        }
        return current;
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

}
