package org.gelplan.reporting.api;

import org.gelplan.plan.api.PlanId;

/** Query: every version of a plan's report for a quarter, oldest first (empty when none was submitted). */
public record FindReportVersions(PlanId planId, Quarter quarter) {
}
