package org.gelplan.reporting.api;

import java.util.List;

/**
 * One entity in the rollup: its current plan's compliance per phase and its latest published report.
 *
 * @param synthetic      a made-up entity and plan (synthetic generator), never a real entity's
 * @param syntheticFacts some of the plan's compliance facts were made up (the demo history)
 * @param latestReport null until a quarterly report of the plan is published
 */
public record RollupEntity(String daneCode, String name, String department, String departmentCode, String planId,
                           boolean synthetic, boolean syntheticFacts, List<RollupPhase> phases, PublishedReportRef latestReport) {
}
