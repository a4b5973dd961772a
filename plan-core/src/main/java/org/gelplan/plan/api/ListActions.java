package org.gelplan.plan.api;

/** Query: the plan's actions (Tabla 7) in registration order; {@link PlanNotFound} for an unknown plan. */
public record ListActions(PlanId planId) {
}
