package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the value of an already measured period, saying why; the original stays in the history. */
public record CorrectMeasurement(@TargetAggregateIdentifier PlanId planId, IndicatorId indicatorId, String period,
                                 Measurement measurement, String reason) {
}
