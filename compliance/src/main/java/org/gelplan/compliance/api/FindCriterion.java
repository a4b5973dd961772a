package org.gelplan.compliance.api;

import org.gelplan.plan.api.PlanId;

import java.time.Instant;
import java.time.LocalDate;

/** Query: one criterion of a plan with its timeline, its state judged as of a day and as known at an instant. *
 * @param knownAt     null for everything recorded so far
 */
public record FindCriterion(PlanId planId, String code, LocalDate asOf, Instant knownAt) {
}
