package org.gelplan.plan.api;

import java.time.LocalDate;

/**
 * An indicator with where it stands as of a day. A derived indicator has no series of its own here:
 * its values are computed from its {@code source} by the module that owns that source.
 *
 * @param latest         the most recent measured period, or {@code null}
 * @param missingPeriods how many periods since {@code startsOn} ended without a measurement
 * @param stale          the last ended period has no measurement
 */
public record IndicatorOverview(String id, String name, IndicatorDefinition definition, LocalDate startsOn,
                                LocalDate asOf, AttainmentPoint latest, int missingPeriods, boolean stale) {
}
