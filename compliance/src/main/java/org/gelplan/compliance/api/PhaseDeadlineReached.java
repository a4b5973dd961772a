package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * The decree's deadline of a phase passed. For the plan: the compliance it had reached by the end of
 * that day, against its target. For an auditor: the figure as the system knew it then, kept even if
 * later retroactive records change the picture.
 */
@Revision("1")
public record PhaseDeadlineReached(PlanId planId, Phase phase, LocalDate deadline, int applicable, int fulfilled,
                                   double percent, int targetPercent, boolean targetMet) {
}
