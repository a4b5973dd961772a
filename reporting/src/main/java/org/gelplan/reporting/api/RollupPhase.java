package org.gelplan.reporting.api;

import org.gelplan.compliance.api.PhaseStatus;
import org.gelplan.plan.api.Phase;

import java.time.LocalDate;

/** A phase of an entity's plan in the rollup, judged as of the page's day (SPEC §2). */
public record RollupPhase(Phase phase, LocalDate deadline, int targetPercent, int applicable, int fulfilled,
                          int overdue, double percent, PhaseStatus status, LocalDate reachedOn) {
}
