package org.gelplan.compliance.api;

import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/** Query: every phase of a plan as it stood at the end of {@code asOf} (America/Bogota). */
public record FindPlanCompliance(PlanId planId, LocalDate asOf) {
}
