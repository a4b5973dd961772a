package org.gelplan.bench;

import org.gelplan.testsupport.GelPlanNode;

/**
 * Whether a command costs more as its entity's read model grows: HTTP listings (read-your-writes waits for
 * the inventory projection) into one entity's inventory once it holds 1,800 items, against the first ones
 * into it. Code 89001: no DANE department 89 exists.
 */
final class GrowingInventoryRow {

    private static final String ENTITY = "89001";
    private static final int MEASURED = 200;
    private static final int BETWEEN = 1_600;

    private GrowingInventoryRow() {
    }

    static BenchTable.Row measure(GelPlanNode node, HttpCommands commands, int threads) {
        double first = commands.overHttpInto(threads, MEASURED, "grow-first", ENTITY);
        commands.inProcessInto(threads, BETWEEN, "grow-between", ENTITY);
        BenchmarkHarness.awaitHead(node);
        double last = commands.overHttpInto(threads, MEASURED, "grow-last", ENTITY);
        return new BenchTable.Row("command over HTTP into one entity's inventory holding " + String.format("%,d",
                MEASURED + BETWEEN) + " items", "one inventory", last, "cmd/s",
                "the same into that inventory's first " + MEASURED + " items", first, "≥ 0.9 (no more than 10% loss)");
    }
}
