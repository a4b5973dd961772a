package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * A criterion of the plan was fulfilled. For the plan: it counts toward its phase's percentage from
 * {@code fulfilledOn} on. For an auditor: who recorded it and when (metadata and timestamp) against
 * when it happened ({@code fulfilledOn}), and the evidence to check.
 */
@Revision("1")
public record CriterionFulfilled(PlanId planId, String code, LocalDate fulfilledOn, Evidence evidence) {
}
