package org.gelplan.compliance.criterion;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.gelplan.compliance.api.ComplianceOpened;
import org.gelplan.compliance.api.CriterionDeadlineMissed;
import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.CriterionFulfilled;
import org.gelplan.compliance.api.CriterionFulfilmentRevoked;
import org.gelplan.compliance.api.CriterionMarkedNotApplicable;
import org.gelplan.compliance.api.CriterionRescheduled;
import org.gelplan.compliance.api.FactType;
import org.gelplan.compliance.api.OpenedCriterion;
import org.gelplan.compliance.api.PhaseDeadlineReached;
import org.gelplan.core.EventEntries;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The criterion records of every plan: identity from the catalog, facts from the compliance
 * events. Handlers are idempotent (a fact is keyed by its event id), and a reset rebuilds from nothing.
 */
@Component
@ProcessingGroup(CriterionStateProjection.GROUP)
class CriterionStateProjection {

    static final String GROUP = "compliance-criteria";
    private static final int DUPLICATE_KEY = 11000;

    private final CriterionRecordRepository records;
    private final PlanTargetsRepository plans;
    private final CatalogRegistry catalogs;
    private final MongoTemplate mongo;

    CriterionStateProjection(CriterionRecordRepository records, PlanTargetsRepository plans, CatalogRegistry catalogs,
                             MongoTemplate mongo) {
        this.records = records;
        this.plans = plans;
        this.catalogs = catalogs;
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplianceOpened event, EventMessage<?> message) {
        String planId = event.planId().value();
        Catalog catalog = catalogs.get(event.catalogVersion());
        Map<String, OpenedCriterion> opened = event.criteria().stream()
                .collect(Collectors.toMap(OpenedCriterion::code, Function.identity()));
        List<CriterionRecord> opening = catalog.criteria().stream().map(criterion -> {
            OpenedCriterion start = opened.get(criterion.code());
            CriterionFact fact = FactRecorder.fact(message, start.fulfilled() ? FactType.DIAGNOSED_FULFILLED
                    : FactType.DIAGNOSED_PENDING, event.diagnosisDate(), null, start.targetDate(), null, null);
            return CriterionRecord.open(planId, criterion, fact);
        }).toList();
        insertMissing(opening);
        plans.save(new PlanTargetsDocument(planId, event.planId().daneCode(), event.catalogVersion(), event.phaseTargets(),
                Set.of()));
    }

    @EventHandler
    void on(CriterionFulfilled event, EventMessage<?> message) {
        add(event.planId(), event.code(), FactRecorder.fact(message, FactType.FULFILLED, event.fulfilledOn(), null,
                null, event.evidence(), null));
    }

    @EventHandler
    void on(CriterionFulfilmentRevoked event, EventMessage<?> message) {
        add(event.planId(), event.code(), FactRecorder.fact(message, FactType.FULFILMENT_REVOKED, event.effectiveOn(),
                event.reason(), null, null, null));
    }

    @EventHandler
    void on(CriterionRescheduled event, EventMessage<?> message) {
        add(event.planId(), event.code(), FactRecorder.fact(message, FactType.RESCHEDULED, event.effectiveOn(),
                event.reason(), event.newTargetDate(), null, event.decisionId()));
    }

    @EventHandler
    void on(CriterionMarkedNotApplicable event, EventMessage<?> message) {
        add(event.planId(), event.code(), FactRecorder.fact(message, FactType.MARKED_NOT_APPLICABLE,
                event.effectiveOn(), event.reason(), null, null, null));
    }

    @EventHandler
    void on(CriterionDeadlineMissed event, EventMessage<?> message) {
        add(event.planId(), event.code(), FactRecorder.fact(message, FactType.DEADLINE_MISSED, event.targetDate(),
                null, event.targetDate(), null, null));
    }

    @EventHandler
    void on(PhaseDeadlineReached event) {
        plans.findById(event.planId().value()).ifPresent(plan -> plans.save(plan.withDeadlineReached(event.phase())));
    }

    @ResetHandler
    void reset() {
        records.deleteAll();
        plans.deleteAll();
    }

    /**
     * One unordered bulk insert instead of a save per criterion: on the embedded store every write
     * waits for a commit, so a plan's hundred-odd records cost one commit, not a hundred. Records
     * already there (a redelivered event) are left as they are.
     */
    private void insertMissing(List<CriterionRecord> opening) {
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CriterionRecord.class).insert(opening).execute();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    /** Appends the fact to its criterion's timeline (one atomic update), unless this event's fact is there already. */
    private void add(PlanId planId, String code, CriterionFact fact) {
        EventEntries.appendOnce(mongo, CriterionRecord.class, CriterionRecord.idOf(planId.value(), code), "timeline",
                fact.eventId(), fact);
    }
}
