package org.gelplan.reporting.rollup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.gelplan.compliance.api.ComplianceOpened;
import org.gelplan.compliance.api.CriterionFulfilled;
import org.gelplan.compliance.api.CriterionFulfilmentRevoked;
import org.gelplan.compliance.api.CriterionMarkedNotApplicable;
import org.gelplan.compliance.api.CriterionRescheduled;
import org.gelplan.compliance.api.OpenedCriterion;
import org.gelplan.core.AuditMetaData;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.TerritorialEntity;
import org.gelplan.reporting.api.PublishedReportRef;
import org.gelplan.reporting.api.ReportPublished;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The multi-entity rollup: one document per entity, kept by a tracking processor from the plan and
 * compliance events. It stores dates and states, never statuses, which depend on the day they are
 * read ({@link RollupQueries}). Events of one department are handled in order ({@link RollupSequencing}),
 * so the read-modify-write of a document never races; replaying an event writes the same document. A
 * batch of events reads and writes each document once ({@link RollupBatch}).
 */
@Component
@ProcessingGroup(RollupProjection.GROUP)
class RollupProjection {

    /**
     * Named after the collection it keeps: a store whose rollup was kept by {@code reporting-rollup} in
     * {@code rollup_entities} replays every event into the new collection on its first start.
     */
    static final String GROUP = "reporting-rollup-states";

    private final RollupDocuments documents;

    RollupProjection(RollupDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(PlanAdopted event, MetaData metaData) {
        RollupBatch batch = RollupBatch.current(documents);
        TerritorialEntity entity = event.entity();
        String planId = event.planId().value();
        var existing = batch.entity(entity.daneCode());
        if (existing.isEmpty() || existing.get().supersededBy(event.resolution().date(), planId)) {
            boolean synthetic = AuditMetaData.isSynthetic(metaData);
            batch.put(RollupEntityDocument.adopted(entity, planId, event.resolution().date(), synthetic));
            String department = departmentOf(entity);
            batch.put(batch.department(department)
                    .orElse(new RollupDepartmentDocument(department, entity.department(), Set.of(), Set.of()))
                    .with(entity.daneCode(), synthetic));
        }
        batch.eventHandled();
    }

    @EventHandler
    void on(ComplianceOpened event, MetaData metaData) {
        Map<String, RollupCriterion> criteria = event.criteria().stream()
                .collect(Collectors.toMap(OpenedCriterion::code, criterion -> opened(criterion, event)));
        update(event.planId(), metaData,
                document -> document.opened(event.catalogVersion(), event.phaseTargets(), criteria));
    }

    @EventHandler
    void on(CriterionFulfilled event, MetaData metaData) {
        update(event.planId(), metaData,
                document -> document.withCriterion(event.code(), c -> c.fulfilled(event.fulfilledOn())));
    }

    @EventHandler
    void on(CriterionFulfilmentRevoked event, MetaData metaData) {
        update(event.planId(), metaData, document -> document.withCriterion(event.code(), RollupCriterion::pending));
    }

    @EventHandler
    void on(CriterionRescheduled event, MetaData metaData) {
        update(event.planId(), metaData,
                document -> document.withCriterion(event.code(), c -> c.rescheduled(event.newTargetDate())));
    }

    @EventHandler
    void on(CriterionMarkedNotApplicable event, MetaData metaData) {
        update(event.planId(), metaData, document -> document.withCriterion(event.code(), RollupCriterion::notApplicable));
    }

    /** A published report becomes the plan's latest when it is newer (by quarter, then version). */
    @EventHandler
    void on(ReportPublished event, @Timestamp Instant publishedAt) {
        PublishedReportRef report = new PublishedReportRef(event.planId().value(), event.quarter().toString(),
                event.version(), publishedAt, event.sha256());
        Comparator<PublishedReportRef> order = Comparator.comparing(PublishedReportRef::quarter)
                .thenComparingInt(PublishedReportRef::version);
        update(event.planId(), MetaData.emptyInstance(), document -> document.latestReport() == null
                || order.compare(report, document.latestReport()) >= 0 ? document.withReport(report) : document);
    }

    @ResetHandler
    void reset() {
        documents.clear();
    }

    static String departmentOf(TerritorialEntity entity) {
        return entity.departmentCode() != null ? entity.departmentCode() : entity.daneCode().substring(0, 2);
    }

    private static RollupCriterion opened(OpenedCriterion criterion, ComplianceOpened event) {
        return criterion.fulfilled()
                ? new RollupCriterion(criterion.phase(), RollupCriterion.FULFILLED, event.diagnosisDate(), criterion.targetDate())
                : new RollupCriterion(criterion.phase(), RollupCriterion.PENDING, null, criterion.targetDate());
    }

    /** Changes the entity's document only when the event is about its current plan. */
    private void update(PlanId planId, MetaData metaData, UnaryOperator<RollupEntityDocument> change) {
        boolean made = AuditMetaData.isSynthetic(metaData);
        RollupBatch batch = RollupBatch.current(documents);
        batch.entity(planId.daneCode()).filter(document -> document.planId().equals(planId.value()))
                .ifPresent(document -> batch.put(change.apply(document).withSyntheticFacts(made)));
        batch.eventHandled();
    }
}
