package org.gelplan.plan.api;

/** Query: the summary of one plan, if it was adopted. */
public record FindPlanSummary(PlanId planId) {
}
