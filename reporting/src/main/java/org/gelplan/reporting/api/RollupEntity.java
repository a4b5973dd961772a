package org.gelplan.reporting.api;

import java.util.List;

/**
 * One entity in the rollup: its current plan's compliance per phase and its latest published report.
 *
 * @param synthetic    made-up data (synthetic generator or demo history), never a real entity's plan
 * @param latestReport null until a quarterly report of the plan is published
 */
public record RollupEntity(String daneCode, String name, String department, String departmentCode, String planId,
                           boolean synthetic, List<RollupPhase> phases, PublishedReportRef latestReport) {
}
