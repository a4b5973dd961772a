package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

/**
 * A published version was replaced by the publication of a correction. Both stay readable; the
 * public page shows the newer one and says the older was superseded, and why.
 */
@Revision("1")
public record ReportSuperseded(ReportId reportId, PlanId planId, Quarter quarter, int version, int supersededBy,
                               String reason) {
}
