package org.gelplan.reporting.api;

import org.gelplan.plan.api.PlanId;

/** Query: every published version (current and superseded) of a plan's reports, by quarter then version. */
public record ListPublishedReports(PlanId planId) {
}
