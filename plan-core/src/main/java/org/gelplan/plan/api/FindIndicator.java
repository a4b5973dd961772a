package org.gelplan.plan.api;

import java.time.LocalDate;

/** Query: one indicator with its series and history as of a day (what had been recorded by its end, in Colombia). */
public record FindIndicator(PlanId planId, IndicatorId indicatorId, LocalDate asOf) {
}
