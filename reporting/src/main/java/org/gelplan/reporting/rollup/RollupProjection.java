package org.gelplan.reporting.rollup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The multi-entity rollup: one document per entity, kept by a tracking processor from the plan and
 * compliance events. It stores dates and states, never statuses, which depend on the day they are
 * read ({@link RollupQueries}). Events of one department are handled in order ({@link RollupSequencing}),
 * so the read-modify-write of a document never races; replaying an event writes the same document.
 */
@Component
@ProcessingGroup(RollupProjection.GROUP)
class RollupProjection {

    static final String GROUP = "reporting-rollup";

    private final RollupEntityRepository entities;
    private final RollupDepartmentRepository departments;

    RollupProjection(RollupEntityRepository entities, RollupDepartmentRepository departments) {
        this.entities = entities;
        this.departments = departments;
    }

    @EventHandler
    void on(PlanAdopted event, MetaData metaData) {
        TerritorialEntity entity = event.entity();
        String planId = event.planId().value();
        var existing = entities.findById(entity.daneCode());
        if (existing.isPresent() && !existing.get().supersededBy(event.resolution().date(), planId)) {
            return;
        }
        boolean synthetic = AuditMetaData.isSynthetic(metaData);
        entities.save(RollupEntityDocument.adopted(entity, planId, event.resolution().date(), synthetic));
        String department = departmentOf(entity);
        departments.save(departments.findById(department)
                .orElse(new RollupDepartmentDocument(department, entity.department(), Set.of(), Set.of()))
                .with(entity.daneCode(), synthetic));
    }

    @EventHandler
    void on(ComplianceOpened event) {
        Map<String, RollupCriterion> criteria = event.criteria().stream()
                .collect(Collectors.toMap(OpenedCriterion::code, criterion -> opened(criterion, event)));
        update(event.planId(), document -> document.opened(event.catalogVersion(), event.phaseTargets(), criteria));
    }

    @EventHandler
    void on(CriterionFulfilled event) {
        update(event.planId(), document -> document.withCriterion(event.code(), c -> c.fulfilled(event.fulfilledOn())));
    }

    @EventHandler
    void on(CriterionFulfilmentRevoked event) {
        update(event.planId(), document -> document.withCriterion(event.code(), RollupCriterion::pending));
    }

    @EventHandler
    void on(CriterionRescheduled event) {
        update(event.planId(), document -> document.withCriterion(event.code(), c -> c.rescheduled(event.newTargetDate())));
    }

    @EventHandler
    void on(CriterionMarkedNotApplicable event) {
        update(event.planId(), document -> document.withCriterion(event.code(), RollupCriterion::notApplicable));
    }

    /**
     * Records a published report as the plan's latest when it is newer (by quarter, then version).
     * To be called by the handler of the reports' publication event (see docs/adr/0009).
     */
    void reportPublished(PublishedReportRef report) {
        Comparator<PublishedReportRef> order = Comparator.comparing(PublishedReportRef::quarter)
                .thenComparingInt(PublishedReportRef::version);
        update(new PlanId(report.planId()), document -> document.latestReport() == null
                || order.compare(report, document.latestReport()) >= 0 ? document.withReport(report) : document);
    }

    @ResetHandler
    void reset() {
        entities.deleteAll();
        departments.deleteAll();
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
    private void update(PlanId planId, UnaryOperator<RollupEntityDocument> change) {
        entities.findById(planId.daneCode()).filter(document -> document.planId().equals(planId.value()))
                .ifPresent(document -> entities.save(change.apply(document)));
    }
}
