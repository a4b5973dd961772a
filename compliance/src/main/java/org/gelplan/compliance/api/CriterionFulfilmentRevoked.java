package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * A fulfilment was withdrawn. For the plan: the criterion is pending again from {@code effectiveOn}.
 * For an auditor: the original fulfilment stays in the history; this says who withdrew it and why.
 */
@Revision("1")
public record CriterionFulfilmentRevoked(PlanId planId, String code, String reason, LocalDate effectiveOn) {
}
