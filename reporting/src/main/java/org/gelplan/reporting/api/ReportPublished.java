package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

/**
 * An editor other than the submitter approved a submitted version: it is public and immutable from
 * now on. For an auditor: the hash published is the one frozen at submission.
 */
@Revision("1")
public record ReportPublished(ReportId reportId, PlanId planId, Quarter quarter, int version, String sha256) {
}
