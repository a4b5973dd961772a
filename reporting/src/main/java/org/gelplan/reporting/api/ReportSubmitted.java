package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * An author submitted a version of the quarter's report. For the plan: this content, and only this,
 * is what an editor may publish. For an auditor: the body, its SHA-256 and the audit anchor are frozen
 * here, inside the hash chain, so the published text can be checked against the record forever.
 *
 * @param late             submitted after {@code dueDate}
 * @param correctionReason why this version corrects a published one; null for the first version
 */
@Revision("1")
public record ReportSubmitted(ReportId reportId, PlanId planId, Quarter quarter, int version, FrozenContent content,
                              LocalDate dueDate, boolean late, String correctionReason) {
}
