package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * A criterion was declared not applicable to the entity. For the plan: it leaves its phase's
 * percentage from {@code effectiveOn}. For an auditor: the leader's reason.
 */
@Revision("1")
public record CriterionMarkedNotApplicable(PlanId planId, String code, String reason, LocalDate effectiveOn) {
}
