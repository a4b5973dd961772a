package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * A pending criterion got a new target date. For the plan: it is no longer overdue until that date.
 * For an auditor: the committee leader's reason and the decision it cites, if any.
 */
@Revision("1")
public record CriterionRescheduled(PlanId planId, String code, LocalDate previousTargetDate, LocalDate newTargetDate,
                                   String reason, String decisionId, LocalDate effectiveOn) {
}
