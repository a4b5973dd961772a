package org.gelplan.plan.api;

/** Query: the plan's projects (Tabla 1) in registration order; {@link PlanNotFound} for an unknown plan. */
public record ListProjects(PlanId planId) {
}
