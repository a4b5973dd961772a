package org.gelplan.reporting.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.gelplan.core.AuditMetaData;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.api.FrozenReport;
import org.gelplan.reporting.api.ReportAcknowledged;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportPublished;
import org.gelplan.reporting.api.ReportState;
import org.gelplan.reporting.api.ReportSubmitted;
import org.gelplan.reporting.api.ReportSuperseded;
import org.gelplan.reporting.api.ReportVersionView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The report read model: one document per plan and quarter with every version and its frozen body,
 * plus a per-plan index. Events of one report arrive in order within the group; saving by id is idempotent.
 */
@Component
@ProcessingGroup("reports")
class ReportProjection {

    private final ReportVersionRepository versions;
    private final ReportIndexRepository index;

    ReportProjection(ReportVersionRepository versions, ReportIndexRepository index) {
        this.versions = versions;
        this.index = index;
    }

    @EventHandler
    void on(ReportSubmitted event, MetaData metaData, @Timestamp Instant at) {
        FrozenContent c = event.content();
        ReportVersionView view = new ReportVersionView(event.planId().value(), event.quarter(), event.version(),
                ReportState.SUBMITTED, c.sha256(), c.generatedAt(), c.anchor(), c.quarterEndAnchor(), event.dueDate(),
                event.late(), event.correctionReason(), AuditMetaData.actorOf(metaData), at, null, null, null, null,
                null, null);
        String id = event.reportId().toString();
        ReportDocument document = versions.findById(id)
                .orElse(new ReportDocument(id, event.planId().value(), event.quarter().toString(), List.of()));
        versions.save(document.with(new FrozenReport(view, c.body())));
        String planId = event.planId().value();
        index.save(index.findById(planId).orElse(new ReportIndexDocument(planId, List.of())).with(id));
    }

    @EventHandler
    void on(ReportPublished event, MetaData metaData, @Timestamp Instant at) {
        String editor = AuditMetaData.actorOf(metaData);
        change(event.reportId(), event.version(), v -> new ReportVersionView(v.planId(), v.quarter(), v.version(),
                ReportState.PUBLISHED, v.sha256(), v.generatedAt(), v.anchor(), v.quarterEndAnchor(), v.dueDate(), v.late(),
                v.correctionReason(), v.submittedBy(), v.submittedAt(), editor, at, v.acknowledgedBy(),
                v.acknowledgedAt(), v.supersededBy(), v.supersededReason()));
    }

    @EventHandler
    void on(ReportSuperseded event) {
        change(event.reportId(), event.version(), v -> new ReportVersionView(v.planId(), v.quarter(), v.version(),
                ReportState.SUPERSEDED, v.sha256(), v.generatedAt(), v.anchor(), v.quarterEndAnchor(), v.dueDate(),
                v.late(), v.correctionReason(), v.submittedBy(), v.submittedAt(), v.publishedBy(), v.publishedAt(),
                v.acknowledgedBy(), v.acknowledgedAt(), event.supersededBy(), event.reason()));
    }

    @EventHandler
    void on(ReportAcknowledged event, MetaData metaData, @Timestamp Instant at) {
        String planning = AuditMetaData.actorOf(metaData);
        change(event.reportId(), event.version(), v -> new ReportVersionView(v.planId(), v.quarter(), v.version(),
                v.state(), v.sha256(), v.generatedAt(), v.anchor(), v.quarterEndAnchor(), v.dueDate(), v.late(),
                v.correctionReason(), v.submittedBy(), v.submittedAt(), v.publishedBy(), v.publishedAt(), planning, at,
                v.supersededBy(), v.supersededReason()));
    }

    @ResetHandler
    void reset() {
        versions.deleteAll();
        index.deleteAll();
    }

    private void change(ReportId id, int version, UnaryOperator<ReportVersionView> change) {
        versions.findById(id.toString()).ifPresent(document -> versions.save(document.change(version, change)));
    }
}
