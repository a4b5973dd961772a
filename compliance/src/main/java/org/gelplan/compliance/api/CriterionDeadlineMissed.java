package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * A criterion's target date passed while it was still pending. For the plan: it is overdue. For an
 * auditor: recorded once per target date by the system, even if it was down when the date passed.
 */
@Revision("1")
public record CriterionDeadlineMissed(PlanId planId, String code, LocalDate targetDate) {
}
