package org.gelplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gelplan.demo.SyntheticPlans;
import org.gelplan.security.TestTokens;
import org.gelplan.testsupport.GelPlanNode;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The multi-entity rollup (ADR 0009) over synthetic entities made by {@link SyntheticPlans} through the
 * real command path: a national and a department page, each against a raw driver read of every event
 * of the page's plans and compliance records, and the rollup projection's rebuild against a raw cursor.
 * {@code gelplan.bench.entities} (default 1103, the number of Colombia's entities) sets how many.
 */
final class RollupRows {

    static final String GROUP = "reporting-rollup-states";
    private static final long SEED = 2026;
    private static final int PAGE = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int entities = Integer.getInteger("gelplan.bench.entities", 1103);
    private final BenchTable table;

    RollupRows(BenchTable table) {
        this.table = table;
    }

    void measure(GelPlanNode node, TestTokens tokens) throws Exception {
        long started = System.nanoTime();
        SyntheticPlans.Run run = node.bean(SyntheticPlans.class).generate(SEED, entities);
        BenchmarkHarness.awaitHead(node);
        System.out.printf("[bench] synthetic data: %s, projections caught up, in %d s%n", run,
                (System.nanoTime() - started) / 1_000_000_000);
        ReadPaths reads = new ReadPaths("http://127.0.0.1:" + node.bean(Environment.class).getProperty("local.server.port"),
                tokens.token("benchmark-rollup", List.of("PLANNING"), List.of("*")));
        String label = String.format("%,d synthetic entities", entities);
        page(node, reads, "/api/v1/rollup?synthetic=true&size=" + PAGE, "rollup, national page of " + PAGE, label);
        page(node, reads, "/api/v1/rollup?department=05&synthetic=true&size=" + PAGE,
                "rollup, department 05 (Antioquia) page of " + PAGE, label);
        long stored = new StoreFiller(node.bean(EventStorageEngine.class), node.bean(MongoTemplate.class).getDb())
                .storedEvents();
        double read = BenchmarkHarness.rawRead(node.bean(MongoTemplate.class).getDb(), stored);
        BenchmarkHarness.census(node, null);
        double rebuild = BenchmarkHarness.rebuild(node, GROUP, stored);
        BenchmarkHarness.census(node, "rollup rebuild");
        table.add(new BenchTable.Row("rollup projection rebuild (reset + catch-up of " + GROUP + ")",
                String.format("%,d", stored), rebuild, "events/s", "raw driver cursor over eventcommits", read, "≥ 0.5"));
    }

    private void page(GelPlanNode node, ReadPaths reads, String path, String name, String label) throws Exception {
        List<String> aggregates = new ArrayList<>();
        for (JsonNode row : JSON.readTree(reads.fetch(path)).get("entities")) {
            aggregates.add(row.get("planId").asText());
            aggregates.add("compliance-" + row.get("planId").asText());
        }
        double raw = ReadPaths.rawRead(node.bean(MongoTemplate.class).getDb(), node.bean(EventStorageEngine.class),
                aggregates, 10);
        reads.get(path, 3);
        table.add(new BenchTable.Row(name + " (HTTP)", label, reads.get(path, 20), "answers/s",
                "raw driver read of every event of the page's " + aggregates.size() / 2 + " plans and compliance records",
                raw, "well under 1 s each"));
    }
}
