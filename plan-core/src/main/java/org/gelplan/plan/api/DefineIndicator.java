package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Define one of the plan's indicators, belonging to a registered project or action.
 *
 * @param startsOn the first day it is expected to be measured; {@code null} for the plan's adoption date
 */
public record DefineIndicator(@TargetAggregateIdentifier PlanId planId, IndicatorId indicatorId,
                              IndicatorDefinition definition, LocalDate startsOn) {
}
