package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * Kills a writing child JVM with SIGKILL at a random moment, reopens its store and checks that every
 * write the child saw acknowledged is there. Rounds share one data directory, so recovery is also
 * tested on a file that has already been through crashes. {@code -Dgelplan.kill9.rounds=100} for a
 * longer run, {@code -Dgelplan.kill9.seed=...} to repeat one. Each round is bounded on its own, so a
 * long run is not cut short by a timeout for the whole test.
 */
class KillNineSurvivalTest {

    private static final Pattern ACK = Pattern.compile("^(ACK|CNT|ALC) (\\d+);$");

    @TempDir
    Path dataDir;

    private final Set<Long> acknowledgedIds = new HashSet<>();
    private long acknowledgedCount;
    private final Set<Long> acknowledgedAllocations = new HashSet<>();

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        int rounds = Integer.getInteger("gelplan.kill9.rounds", 5);
        long seed = Long.getLong("gelplan.kill9.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int round = 1; round <= rounds; round++) {
            int killAfterAcks = 50 + random.nextInt(450);
            int thenWaitMillis = random.nextInt(30);
            int thisRound = round;
            assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> killWhileWriting(thisRound, killAfterAcks, thenWaitMillis), "round " + round);

            Path file = EmbeddedStoreFile.in(dataDir);
            assertThat(StoreFileInspection.closedCleanly(file)).as("the child was killed, not closed").isFalse();
            try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(dataDir, 0);
                 MongoClient client = MongoClients.create(reopened.connectionString("gelplan").getConnectionString())) {
                MongoDatabase database = client.getDatabase("gelplan");
                Set<Long> stored = new HashSet<>();
                database.getCollection("events").find().map(event -> event.getLong("_id")).into(stored);
                Document counter = database.getCollection("counters").find().first();
                String context = "seed " + seed + ", round " + round;
                assertThat(stored).as(context).containsAll(acknowledgedIds);
                assertThat(counter.getLong("n")).as(context).isGreaterThanOrEqualTo(acknowledgedCount);
                Set<Long> allocated = new HashSet<>();
                database.getCollection("allocated").find().map(document -> document.getLong("_id")).into(allocated);
                Document globalIndex = database.getCollection(CounterWrites.COUNTERS).find().first();
                assertThat(allocated).as(context).containsAll(acknowledgedAllocations);
                assertThat(globalIndex.getLong("next")).as("no index in use is handed out again, " + context)
                    .isGreaterThanOrEqualTo(allocated.stream().mapToLong(Long::longValue).max().orElse(0));
                assertNoTokenAheadOfItsReadModel(database, context);
                System.out.printf("kill -9 round %d: %d inserts and counter %d acknowledged in total, %d inserts and "
                        + "counter %d stored, file %d KB%n", round, acknowledgedIds.size(), acknowledgedCount,
                    stored.size(), counter.getLong("n"), Files.size(file) / 1024);
            }
        }
    }

    // Positions 1..token were written by this round or an earlier one; a token that survived without
    // the read-model writes made before it would leave a gap the processor never fills.
    private static void assertNoTokenAheadOfItsReadModel(MongoDatabase database, String context) {
        Document token = database.getCollection(KillNineWriter.TOKENS).find().first();
        long position = token == null ? 0 : token.getLong("position");
        long projected = database.getCollection(KillNineWriter.READ_MODEL).countDocuments(Filters.lte("_id", position));
        assertThat(projected).as("read-model documents up to the surviving token %d, %s", position, context)
            .isEqualTo(position);
        System.out.printf("kill -9: projection token %d survived with its read model%n", position);
    }

    private void killWhileWriting(int round, int killAfterAcks, int thenWaitMillis) throws Exception {
        Path stderr = dataDir.resolve("child-" + round + ".err");
        Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-Xmx256m",
            "-cp", System.getProperty("java.class.path"),
            KillNineWriter.class.getName(), dataDir.toString(), String.valueOf(round))
            .redirectError(stderr.toFile())
            .start();
        int acksThisRound = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (record(line) && ++acksThisRound == killAfterAcks) {
                    Thread.sleep(thenWaitMillis);
                    // SIGKILL on Linux; unlike Process.destroyForcibly() it leaves the pipe open to drain
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acksThisRound)
            .as("acknowledgements before the child ended; its stderr: %s", Files.readString(stderr))
            .isGreaterThanOrEqualTo(killAfterAcks);
    }

    // Lines still in the pipe after the kill were printed, so those writes were acknowledged too.
    private boolean record(String line) {
        Matcher ack = ACK.matcher(line);
        if (!ack.matches()) {
            return false;
        }
        long value = Long.parseLong(ack.group(2));
        if (ack.group(1).equals("ACK")) {
            acknowledgedIds.add(value);
        } else if (ack.group(1).equals("ALC")) {
            acknowledgedAllocations.add(value);
        } else {
            acknowledgedCount = Math.max(acknowledgedCount, value);
        }
        return true;
    }
}
