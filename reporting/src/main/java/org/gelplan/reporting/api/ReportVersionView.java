package org.gelplan.reporting.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a quarter's report and its way through the workflow (the body itself: {@link FrozenReport}).
 *
 * @param supersededBy the version that replaced it, or null
 */
public record ReportVersionView(String planId, Quarter quarter, int version, ReportState state, String sha256,
                                Instant generatedAt, AuditAnchor anchor, AuditAnchor quarterEndAnchor,
                                LocalDate dueDate, boolean late, String correctionReason,
                                String submittedBy, Instant submittedAt, String publishedBy, Instant publishedAt,
                                String acknowledgedBy, Instant acknowledgedAt, Integer supersededBy,
                                String supersededReason) {
}
