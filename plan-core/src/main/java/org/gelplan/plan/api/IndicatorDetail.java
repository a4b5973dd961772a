package org.gelplan.plan.api;

import java.util.List;

/**
 * An indicator with its attainment series (one point per period from its start to the as-of day,
 * corrections applied) and its full measurement history (originals and corrections, oldest first).
 */
public record IndicatorDetail(IndicatorOverview indicator, List<AttainmentPoint> series,
                              List<MeasurementRecord> history) {
}
