package org.gelplan.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.reporting.audit.AuditChain;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.mongo.CommitStatistics;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.security.TestTokens;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.StoreCommandCensus;
import org.gelplan.testsupport.Tally;
import org.gelplan.testsupport.TallyProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * The benchmark harness (issue 10): every path against a baseline measured in the same run on the same
 * embedded store, at several store sizes. Not part of the default test run; see BENCHMARKS.md for the
 * command. Knobs: {@code gelplan.bench.sizes} (default 1000,10000,100000), {@code gelplan.bench.commands}
 * (default 2000), {@code gelplan.bench.warmup} (calls of every command path before measuring, default 100),
 * {@code gelplan.bench.threads} (default 4), {@code gelplan.bench.entities} (synthetic
 * entities of the rollup rows, default 1103; 0 leaves the rollup rows out), {@code gelplan.bench.out} (default ../BENCHMARKS-latest.md,
 * relative to app/), {@code gelplan.bench.census} (true prints each phase's store commands).
 */
@EnabledIfSystemProperty(named = "gelplan.bench", matches = "true")
class BenchmarkHarness {

    private static final int AGGREGATES = 200;
    private static final int SEGMENTS = 2;
    private static final boolean CENSUS = Boolean.getBoolean("gelplan.bench.census");

    private final List<Long> sizes = Arrays.stream(System.getProperty("gelplan.bench.sizes", "1000,10000,100000")
            .split(",")).map(String::trim).map(Long::parseLong).toList();
    private final long commands = Long.getLong("gelplan.bench.commands", 2000);
    private final int threads = Integer.getInteger("gelplan.bench.threads", 4);
    private final BenchTable table = new BenchTable();

    @Test
    void measureEveryPath(@TempDir Path dataDir) throws Exception {
        TestTokens tokens = TestTokens.create();
        try (GelPlanNode node = GelPlanNode.start("gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0",
                "gelplan.demo.enabled=true", "gelplan.test.store-census=" + CENSUS, "gelplan.demo.history=true", "logging.level.root=WARN",
                "gelplan.embedded-mongo-rebuildable-collections=" + TallyProjection.COLLECTION,
                // the hourly deadline sweep and the daily reminders send commands of their own, thousands for the
                // synthetic plans: they ran into a measurement once (session 12); the sweep on start still runs
                "gelplan.compliance.deadline-sweep-cron=-", "gelplan.reminders.sweep-cron=-",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=" + tokens.publicKeyLocation())) {
            node.awaitProjections();

            MongoDatabase database = node.bean(MongoTemplate.class).getDb();
            StoreFiller filler = new StoreFiller(node.bean(EventStorageEngine.class), database);
            awaitHead(node);
            readPaths(node, tokens);
            warmUp(node, tokens, database);
            for (long size : sizes) {
                filler.fillTo(size);
                awaitHead(node);
                String label = String.format("%,d", filler.storedEvents());
                EmbeddedMongoServer store = node.bean(EmbeddedMongoServer.class);
                CommitStatistics beforeRaw = store.commitStatistics();
                double raw = rawInserts(database, String.valueOf(size), commands);
                CommitStatistics afterRaw = store.commitStatistics();
                census(node, null);
                double gateway = gatewayCommands(node, String.valueOf(size), false, commands);
                CommitStatistics afterGateway = store.commitStatistics();
                census(node, "gateway");
                double alone = gatewayCommands(node, size + "-alone", true, commands);
                printCommits("raw inserts", afterRaw.since(beforeRaw));
                printCommits("commands", afterGateway.since(afterRaw));
                printCommits("commands, processors paused", store.commitStatistics().since(afterGateway));
                awaitHead(node);
                String rawInserts = "raw driver insertOne of one-event commit documents";
                table.add(new BenchTable.Row("command via CommandGateway (" + threads + " threads, " + AGGREGATES
                        + " aggregates), projections running", label, gateway, "cmd/s", rawInserts, raw, "≥ 0.5"));
                table.add(new BenchTable.Row("the same, event processors paused (the store serves the commands alone, "
                        + "as it serves the raw inserts)", label, alone, "cmd/s", rawInserts, raw, "≥ 0.5"));
                HttpCommands http = httpCommands(node, tokens);
                int pass = 2 * sizes.indexOf(size);
                CommitStatistics beforeInProcess = store.commitStatistics();
                double inProcess = http.inProcess(threads, commands, "p" + size, HttpCommands.firstInventory(pass));
                CommitStatistics afterInProcess = store.commitStatistics();
                census(node, "in-process");
                double overHttp = http.overHttp(threads, commands, "h" + size, HttpCommands.firstInventory(pass + 1));
                printCommits("inventory commands in-process", afterInProcess.since(beforeInProcess));
                printCommits("inventory commands over HTTP", store.commitStatistics().since(afterInProcess));
                census(node, "http");
                table.add(new BenchTable.Row("command over HTTP (bearer token, JSON, Idempotency-Key, read-your-writes)",
                        label, overHttp, "cmd/s", "the same command in-process through the CommandGateway", inProcess,
                        "≥ 0.5"));
                awaitHead(node);
                long stored = filler.storedEvents();
                double read = rawRead(database, stored);
                census(node, null);
                table.add(new BenchTable.Row("event stream read through Axon's event store (no processor: what a "
                        + "rebuild reads)", label, streamRead(node, stored), "events/s", "raw driver cursor over eventcommits",
                        read, "none set; for the record"));
                double rebuild = rebuild(node, TallyProjection.GROUP, stored);
                census(node, "rebuild");
                table.add(new BenchTable.Row("projection rebuild (reset + catch-up of one processor)", label, rebuild,
                        "events/s", "raw driver cursor over eventcommits", read, "≥ 0.5"));
            }
            table.add(GrowingInventoryRow.measure(node, httpCommands(node, tokens), threads));
            // last, on the largest store: 1,103 entities' histories would outgrow the smallest size
            if (Integer.getInteger("gelplan.bench.entities", 1103) > 0) {
                new RollupRows(table).measure(node, tokens);
            }
            table.add(AuditVerificationRow.measure(node, String.format("%,d", filler.storedEvents())));
        }
        table.write(Path.of(System.getProperty("gelplan.bench.out", "../BENCHMARKS-latest.md")));
        System.out.println(table.markdown());
    }

    /**
     * Runs every command path {@code gelplan.bench.warmup} times (default 100) before anything is measured, as
     * JMH's warm-up iterations do: otherwise the first size's rows pay for class loading and the first JIT
     * compilations, and HTTP, whose stack (Tomcat, security, MVC, JSON, the HTTP client) nothing else has run yet,
     * pays the most. Its aggregates and inventories are its own; the demo store (about 580 events with its
     * history) stays under the smallest size, 1,000 events, with the 300 events this stores.
     */
    private void warmUp(GelPlanNode node, TestTokens tokens, MongoDatabase database) {
        long calls = Long.getLong("gelplan.bench.warmup", 100);
        if (calls == 0) {
            return;
        }
        System.out.printf("[warm-up] %d calls of every command path%n", calls);
        rawInserts(database, "warmup", calls);
        gatewayCommands(node, "warmup", false, calls);
        int pass = 2 * sizes.size();
        HttpCommands http = httpCommands(node, tokens);
        http.inProcess(threads, calls, "pw", HttpCommands.firstInventory(pass));
        http.overHttp(threads, calls, "hw", HttpCommands.firstInventory(pass + 1));
        awaitHead(node);
    }

    private static HttpCommands httpCommands(GelPlanNode node, TestTokens tokens) {
        // a fresh token each time: the test tokens live five minutes
        return new HttpCommands("http://127.0.0.1:" + node.bean(Environment.class).getProperty("local.server.port"),
                tokens.token("benchmark", HttpCommands.roles(), List.of("*")), node.bean(CommandGateway.class));
    }

    /** How many group commits a phase took and how long one lasted: the store's side of its latency. */
    private void printCommits(String phase, CommitStatistics commits) {
        System.out.printf("[commits %s] %d group commits for %d calls, %.2f ms each%n", phase, commits.commits(), commands,
                commits.meanMillis());
    }

    /** Prints the store commands of the phase just measured (with {@code -Dgelplan.bench.census=true}) and starts afresh. */
    static void census(GelPlanNode node, String phase) {
        if (CENSUS) {
            StoreCommandCensus census = node.bean(StoreCommandCensus.class);
            if (phase != null) {
                System.out.printf("[census %s]%n%s", phase, census.report(25));
            }
            census.reset();
        }
    }

    /**
     * Once, on the demo plan with its 2009–2012 history: the answers an office waits for. Each path is first
     * called as often as it is measured (session 12): after one PDF as warm-up, a measured PDF still cost half as
     * much CPU again as after five.
     */
    private void readPaths(GelPlanNode node, TestTokens tokens) {
        ReadPaths reads = new ReadPaths("http://127.0.0.1:" + node.bean(Environment.class).getProperty("local.server.port"),
                tokens.token("benchmark-reader", List.of("PLANNING"), List.of("*")));
        EventStorageEngine engine = node.bean(EventStorageEngine.class);
        MongoDatabase database = node.bean(MongoTemplate.class).getDb();
        String events = String.format("%,d of the plan", ReadPaths.complianceEvents(engine));
        double raw = ReadPaths.rawComplianceRead(database, engine, 20);
        String baseline = "raw driver read of the plan's compliance events";
        reads.get("/api/v1/plans/" + ReadPaths.PLAN + "/compliance?asOf=2011-12-31", 20);
        table.add(new BenchTable.Row("compliance as of 2011-12-31 (HTTP)", events,
                reads.get("/api/v1/plans/" + ReadPaths.PLAN + "/compliance?asOf=2011-12-31", 20), "answers/s", baseline, raw,
                "well under 1 s each"));
        reads.get("/api/v1/plans/" + ReadPaths.PLAN + "/reports/2011-Q4?format=json", 10);
        table.add(new BenchTable.Row("quarterly report 2011-Q4, JSON (HTTP)", events,
                reads.get("/api/v1/plans/" + ReadPaths.PLAN + "/reports/2011-Q4?format=json", 10), "reports/s", baseline, raw,
                "well under 1 s each"));
        reads.get("/api/v1/plans/" + ReadPaths.PLAN + "/reports/2011-Q4?format=pdf", 5);
        table.add(new BenchTable.Row("quarterly report 2011-Q4, PDF with charts (HTTP)", events,
                reads.get("/api/v1/plans/" + ReadPaths.PLAN + "/reports/2011-Q4?format=pdf", 5), "reports/s", baseline, raw,
                "well under 1 s each"));
    }

    /**
     * The commands through the gateway, on aggregates of their own for this size and pass; with
     * {@code processorsPaused} the event processors are stopped while they run, so that the store serves
     * the commands alone, as it serves the raw inserts, and they catch up afterwards.
     */
    private double gatewayCommands(GelPlanNode node, String pass, boolean processorsPaused, long calls) {
        CommandGateway gateway = node.bean(CommandGateway.class);
        var metaData = AuditMetaData.of(Actor.system("benchmark")).and(AuditMetaData.SYNTHETIC, true);
        List<StreamingEventProcessor> processors = node.bean(EventProcessingConfiguration.class).eventProcessors()
                .values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
        if (processorsPaused) {
            processors.forEach(StreamingEventProcessor::shutDown);
        }
        try {
            return Throughput.measure(threads, calls, (thread, call) -> gateway.sendAndWait(
                    asCommandMessage(new Tally.Count("bench-" + pass + "-" + (call % AGGREGATES), (int) call))
                            .andMetaData(metaData)));
        } finally {
            if (processorsPaused) {
                processors.forEach(StreamingEventProcessor::start);
            }
        }
    }

    /** The same document shape, indexes, server and commit policy as the engine's commits, without Axon. */
    private double rawInserts(MongoDatabase database, String pass, long calls) {
        MongoCollection<Document> raw = database.getCollection("bench_raw_" + pass);
        raw.createIndex(Indexes.ascending("sequenceKeys"), new IndexOptions().unique(true));
        raw.createIndex(Indexes.ascending("globalIndexes"), new IndexOptions().unique(true));
        Document template = database.getCollection(EventStoreCollections.COMMITS).find().first();
        Document event = template == null ? new Document() : template.getList("events", Document.class).get(0);
        double rate = Throughput.measure(threads, calls, (thread, call) -> raw.insertOne(new Document("_id", "raw#" + call)
                .append("sequenceKeys", List.of("raw-" + call + "#0"))
                .append("globalIndexes", List.of(call))
                .append("storedAt", new java.util.Date())
                .append("events", List.of(new Document(event).append("aggregateIdentifier", "raw-" + call)))));
        raw.drop();
        return rate;
    }

    /**
     * Events per second of a raw driver cursor over every commit: the median of three reads after one that warms
     * up, as the stream read is measured, so that one slow read does not move every ratio against it.
     */
    static double rawRead(MongoDatabase database, long stored) {
        return medianOfThreeAfterWarmUp(() -> Throughput.rate(stored, () -> {
            long events = 0;
            // batches of 100: the embedded server has no 16 MB batch cap, and 250-event commits exceeded 48 MB
            for (Document commit : database.getCollection(EventStoreCollections.COMMITS).find().batchSize(100)) {
                events += commit.getList("events", Document.class).size();
            }
            if (events < stored) {
                throw new IllegalStateException("read " + events + " of " + stored + " events");
            }
        }));
    }

    private static double medianOfThreeAfterWarmUp(DoubleSupplier measurement) {
        measurement.getAsDouble();
        return Throughput.median(measurement.getAsDouble(), measurement.getAsDouble(), measurement.getAsDouble());
    }

    /**
     * Events per second of a stream opened on the event store from its first event and read to the head, with
     * the benchmark's own payloads deserialised: the engine's part of a rebuild. The median of three, after one
     * read that warms up.
     */
    static double streamRead(GelPlanNode node, long stored) {
        EventStore store = node.bean(EventStore.class);
        return medianOfThreeAfterWarmUp(() -> Throughput.rate(stored, () -> {
            long read = 0;
            try (var stream = store.openStream(null)) {
                while (read < stored && stream.hasNextAvailable(1, TimeUnit.MINUTES)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    if (event.getPayloadType() == Tally.Counted.class) {
                        event.getPayload();
                    }
                    read++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (read < stored) {
                throw new IllegalStateException("streamed " + read + " of " + stored + " events");
            }
        }));
    }

    /**
     * Events per second of a reset and catch-up of the processor; with {@code gelplan.bench.rebuilds} above 1
     * (default 1) the median of that many rebuilds in a row, each printed.
     */
    static double rebuild(GelPlanNode node, String group, long stored) {
        int times = Integer.getInteger("gelplan.bench.rebuilds", 1);
        double[] rates = new double[times];
        for (int i = 0; i < times; i++) {
            rates[i] = rebuildOnce(node, group, stored);
        }
        return Throughput.median(rates);
    }

    private static double rebuildOnce(GelPlanNode node, String group, long stored) {
        StreamingEventProcessor processor = node.bean(EventProcessingConfiguration.class)
                .eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        EmbeddedMongoServer store = node.bean(EmbeddedMongoServer.class);
        return Throughput.rate(stored, () -> {
            CommitStatistics before = store.commitStatistics();
            Instant from = Instant.now();
            long started = System.nanoTime();
            processor.shutDown();
            long stopped = System.nanoTime();
            processor.resetTokens();
            processor.start();
            long restarted = System.nanoTime();
            awaitClaims(processor);
            long claimed = System.nanoTime();
            awaitHead(node);
            CommitStatistics commits = store.commitStatistics().since(before);
            System.out.printf("[rebuild %s] from %s: stop %d ms, reset and start %d ms, claims %d ms, catch-up %d ms; "
                            + "%d group commits of %.2f ms each%n", group, from,
                    (stopped - started) / 1_000_000, (restarted - stopped) / 1_000_000, (claimed - restarted) / 1_000_000,
                    (System.nanoTime() - claimed) / 1_000_000, commits.commits(), commits.meanMillis());
        });
    }

    /**
     * Projections at the head, and the audit chain linked up to it: a baseline measured while the
     * scheduled chain builder still links thousands of filler events would pay for that work.
     */
    static void awaitHead(GelPlanNode node) {
        if (!node.bean(ProjectionCatchUp.class).awaitHead(Duration.ofMinutes(15))) {
            throw new IllegalStateException("projections did not reach the head of the store");
        }
        node.bean(AuditChain.class).catchUp();
    }

    private static void awaitClaims(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        // A reset processor stays "replaying" until an event past the reset point arrives, so wait
        // only for its segments to be claimed again; awaitProjections then waits for the head.
        while (processor.processingStatus().size() < SEGMENTS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("segments were not claimed again after the reset");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
