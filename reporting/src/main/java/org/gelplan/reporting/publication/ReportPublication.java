package org.gelplan.reporting.publication;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.GelTime;
import org.gelplan.core.Role;
import org.gelplan.reporting.api.AcknowledgeReport;
import org.gelplan.reporting.api.FourEyesRequired;
import org.gelplan.reporting.api.NothingToCorrect;
import org.gelplan.reporting.api.PublishReport;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.QuarterNotEnded;
import org.gelplan.reporting.api.ReportAcknowledged;
import org.gelplan.reporting.api.ReportAlreadyAcknowledged;
import org.gelplan.reporting.api.ReportAlreadyPublished;
import org.gelplan.reporting.api.ReportAlreadySubmitted;
import org.gelplan.reporting.api.ReportContentAltered;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportNotPublished;
import org.gelplan.reporting.api.ReportNotSubmitted;
import org.gelplan.reporting.api.ReportPublished;
import org.gelplan.reporting.api.ReportRoleRequired;
import org.gelplan.reporting.api.ReportSubmitted;
import org.gelplan.reporting.api.ReportSuperseded;
import org.gelplan.reporting.api.SubmitReport;
import org.gelplan.reporting.quarterly.ReportingProperties;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The publication of one plan's report for one quarter, in versions: an author freezes a version,
 * an editor who is someone else publishes it, planning acknowledges it; a correction is a new
 * version whose publication supersedes the one before. Holds no report body, only where it stands.
 * Each command answers the version it concerned, so callers need not wait for the read model.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ReportPublication {

    @AggregateIdentifier
    private ReportId reportId;
    private int versions;
    private Integer pending;
    private String pendingSubmitter;
    private String pendingSha256;
    private String pendingReason;
    private Integer published;
    private boolean acknowledged;

    ReportPublication() {
        // created by the first submission (CREATE_IF_MISSING), and for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(SubmitReport command, MetaData metaData, ReportingProperties properties, Clock clock) {
        requireRole(metaData, Role.AUTHOR);
        Quarter quarter = command.reportId().quarter();
        LocalDate today = GelTime.today(clock);
        if (!today.isAfter(quarter.lastDay())) {
            throw new QuarterNotEnded(quarter);
        }
        if (pending != null) {
            throw new ReportAlreadySubmitted(quarter, pending);
        }
        String reason = command.correctionReason() == null || command.correctionReason().isBlank()
                ? null : command.correctionReason().strip();
        if (published != null && reason == null) {
            throw new ReportAlreadyPublished(quarter, published);
        }
        if (published == null && reason != null) {
            throw new NothingToCorrect(quarter);
        }
        if (command.content() == null || !command.content().intact()) {
            throw new ReportContentAltered();
        }
        LocalDate due = properties.dueDate(quarter);
        apply(new ReportSubmitted(command.reportId(), command.reportId().planId(), quarter, versions + 1,
                command.content(), due, today.isAfter(due), reason));
        return versions;
    }

    @CommandHandler
    int handle(PublishReport command, MetaData metaData) {
        requireRole(metaData, Role.EDITOR);
        if (pending == null) {
            throw new ReportNotSubmitted(reportId.quarter());
        }
        String editor = AuditMetaData.actorOf(metaData);
        // A submission whose author is unknown cannot prove four eyes, so it is refused like one's own.
        if (pendingSubmitter == null || editor.equals(pendingSubmitter)) {
            throw new FourEyesRequired(editor);
        }
        Integer previous = published;
        int version = pending;
        String reason = pendingReason;
        apply(new ReportPublished(reportId, reportId.planId(), reportId.quarter(), version, pendingSha256));
        if (previous != null) {
            apply(new ReportSuperseded(reportId, reportId.planId(), reportId.quarter(), previous, version, reason));
        }
        return version;
    }

    @CommandHandler
    int handle(AcknowledgeReport command, MetaData metaData) {
        requireRole(metaData, Role.PLANNING);
        if (published == null) {
            throw new ReportNotPublished(reportId.quarter());
        }
        if (acknowledged) {
            throw new ReportAlreadyAcknowledged(reportId.quarter(), published);
        }
        apply(new ReportAcknowledged(reportId, reportId.planId(), reportId.quarter(), published));
        return published;
    }

    @EventSourcingHandler
    void on(ReportSubmitted event, MetaData metaData) {
        reportId = event.reportId();
        versions = event.version();
        pending = event.version();
        pendingSubmitter = metaData.get(AuditMetaData.ACTOR) instanceof String actor ? actor : null;
        pendingSha256 = event.content().sha256();
        pendingReason = event.correctionReason();
    }

    @EventSourcingHandler
    void on(ReportPublished event) {
        published = event.version();
        acknowledged = false;
        pending = null;
        pendingSubmitter = null;
        pendingSha256 = null;
        pendingReason = null;
    }

    @EventSourcingHandler
    void on(ReportAcknowledged event) {
        acknowledged = true;
    }

    /** People need the role; there is no system actor in this workflow, by design. */
    private static void requireRole(MetaData metaData, Role role) {
        if (!AuditMetaData.rolesOf(metaData).contains(role)) {
            throw new ReportRoleRequired(role);
        }
    }
}
