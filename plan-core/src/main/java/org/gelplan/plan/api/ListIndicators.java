package org.gelplan.plan.api;

import java.time.LocalDate;

/** Query: every indicator of the plan, in definition order, as of a day; {@link PlanNotFound} for an unknown plan. */
public record ListIndicators(PlanId planId, LocalDate asOf) {
}
