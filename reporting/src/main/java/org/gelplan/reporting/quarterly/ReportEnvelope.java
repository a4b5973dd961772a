package org.gelplan.reporting.quarterly;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.gelplan.reporting.api.AuditAnchor;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.api.FrozenReport;
import org.gelplan.reporting.api.ReportVersionView;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What surrounds a report body (SPEC §7): which version it is and where it stands, when it was
 * generated, the audit anchors and the body's SHA-256. The body is written as the exact bytes hashed.
 *
 * @param state    PREVIEW for content generated on request, else the frozen version's state
 * @param version  null for a preview
 * @param late     a preview past its due date, or a version submitted after it
 */
public record ReportEnvelope(String planId, String quarter, String state, Integer version, Instant generatedAt,
                             AuditAnchor anchor, AuditAnchor quarterEndAnchor, String sha256, LocalDate dueDate,
                             boolean late, String correctionReason, Instant submittedAt, Instant publishedAt,
                             Instant acknowledgedAt, Integer supersededBy, @JsonRawValue String body) {

    public static ReportEnvelope preview(QuarterlyReport report, FrozenContent content, boolean late) {
        return new ReportEnvelope(report.planId(), report.quarter(), "PREVIEW", null, content.generatedAt(),
                content.anchor(), content.quarterEndAnchor(), content.sha256(), report.dueDate(), late, null, null, null,
                null, null, content.body());
    }

    public static ReportEnvelope of(FrozenReport frozen) {
        ReportVersionView v = frozen.version();
        return new ReportEnvelope(v.planId(), v.quarter().toString(), v.state().name(), v.version(), v.generatedAt(),
                v.anchor(), v.quarterEndAnchor(), v.sha256(), v.dueDate(), v.late(), v.correctionReason(),
                v.submittedAt(), v.publishedAt(), v.acknowledgedAt(), v.supersededBy(), frozen.body());
    }

    public QuarterlyReport report() {
        return ReportJson.read(body);
    }
}
