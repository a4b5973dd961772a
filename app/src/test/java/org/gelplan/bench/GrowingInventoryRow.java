package org.gelplan.bench;

import org.gelplan.testsupport.GelPlanNode;

/**
 * Whether a command costs more as its entity's read model grows: HTTP listings (read-your-writes waits for
 * the inventory projection) into one entity's inventory once it holds 1,800 items, against listings into
 * fresh inventories. The two alternate in rounds and each side reports its median round, so that a drift of
 * the machine over the run (the spread that made the earlier before-and-after form of this row range from
 * 0.75 to 1.38) weighs on both alike. Codes 89xxx: no DANE department 89 exists.
 */
final class GrowingInventoryRow {

    private static final String GROWN = "89001";
    private static final int FRESH_FIRST = 89_100;
    private static final int GROWN_TO = 1_800;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 100;

    private GrowingInventoryRow() {
    }

    static BenchTable.Row measure(GelPlanNode node, HttpCommands commands, int threads) {
        commands.inProcessInto(threads, GROWN_TO, "grow", GROWN);
        BenchmarkHarness.awaitHead(node);
        double[] fresh = new double[ROUNDS];
        double[] grown = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            fresh[round] = commands.overHttpInto(threads, PER_ROUND, "fresh-" + round,
                    String.valueOf(FRESH_FIRST + round));
            grown[round] = commands.overHttpInto(threads, PER_ROUND, "grown-" + round, GROWN);
        }
        return new BenchTable.Row("command over HTTP into one entity's inventory holding " + String.format("%,d",
                GROWN_TO) + " items and more (median of " + ROUNDS + " rounds of " + PER_ROUND + ")", "one inventory",
                Throughput.median(grown), "cmd/s", "the same into a fresh inventory, in rounds alternating with them", Throughput.median(fresh),
                "≥ 0.9 (no more than 10% loss)");
    }
}
