package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

/**
 * A measured period of an indicator was corrected.
 *
 * <p>For the plan: from now on the period's attainment is judged on this value. For an auditor:
 * the earlier {@link IndicatorMeasured} (and any earlier correction) stays in the history; this
 * event says what replaced it, why, and (metadata) who decided it.
 */
@Revision("1")
public record IndicatorMeasurementCorrected(PlanId planId, IndicatorId indicatorId, String period,
                                            Measurement measurement, String reason) {
}
