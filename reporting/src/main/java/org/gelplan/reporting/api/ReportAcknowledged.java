package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

/** The planning office acknowledged receipt of a published version (Art. 3: the committee reports to it). */
@Revision("1")
public record ReportAcknowledged(ReportId reportId, PlanId planId, Quarter quarter, int version) {
}
