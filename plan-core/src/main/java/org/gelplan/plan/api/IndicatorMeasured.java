package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

/**
 * An indicator was measured for one period.
 *
 * <p>For the plan: the period's value (for a RATIO already computed as a percentage) is what the
 * attainment of that period is judged on, until a correction replaces it. For an auditor: the
 * figures as entered, their source and evidence, and who entered them (metadata); a measured period
 * is never overwritten, only corrected by a later {@link IndicatorMeasurementCorrected}.
 */
@Revision("1")
public record IndicatorMeasured(PlanId planId, IndicatorId indicatorId, String period, Measurement measurement) {
}
