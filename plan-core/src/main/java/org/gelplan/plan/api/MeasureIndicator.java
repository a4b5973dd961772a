package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record an indicator's value for one period, e.g. {@code 2010-01} for a monthly indicator.
 * A period is measured once; a later change is a {@link CorrectMeasurement}.
 */
public record MeasureIndicator(@TargetAggregateIdentifier PlanId planId, IndicatorId indicatorId, String period,
                               Measurement measurement) {
}
