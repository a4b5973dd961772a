package org.gelplan.reporting.api;

import org.gelplan.plan.api.PlanId;

/**
 * Query: one version of a quarter's report with its frozen body.
 *
 * @param version       that version, or null for the newest one that qualifies
 * @param publishedOnly only versions that were published (for anonymous readers)
 */
public record FindFrozenReport(PlanId planId, Quarter quarter, Integer version, boolean publishedOnly) {
}
