package org.gelplan.compliance.criterion;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.DueDeadline;
import org.gelplan.compliance.api.FactType;
import org.gelplan.compliance.api.FindDueDeadlines;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogCriterion;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the deadlines the sweep must record: a hint only, since the compliance aggregate decides
 * (idempotently) whether each one is still due.
 */
@Component
class DueDeadlineQueries {

    private final CriterionRecordRepository records;
    private final PlanTargetsRepository plans;
    private final CatalogRegistry catalogs;

    DueDeadlineQueries(CriterionRecordRepository records, PlanTargetsRepository plans, CatalogRegistry catalogs) {
        this.records = records;
        this.plans = plans;
        this.catalogs = catalogs;
    }

    @QueryHandler
    List<DueDeadline> handle(FindDueDeadlines query) {
        List<DueDeadline> due = new ArrayList<>();
        for (PlanTargetsDocument plan : plans.findAll()) {
            PlanId planId = new PlanId(plan.planId());
            Catalog catalog = catalogs.get(plan.catalogVersion());
            for (Phase phase : Phase.values()) {
                var deadline = catalog.phase(phase).territorialDeadline();
                if (deadline.isBefore(query.today()) && !plan.deadlineReached(phase)) {
                    due.add(new DueDeadline(planId, phase, null, deadline));
                }
            }
            List<String> ids = catalog.criteria().stream().map(CatalogCriterion::code)
                    .map(code -> CriterionRecord.idOf(plan.planId(), code)).toList();
            records.findAllById(ids).forEach(record -> {
                var state = CriterionHistory.stateAt(record, query.today(), null);
                if (state.overdueOn(query.today()) && !missRecorded(record, state.targetDate())) {
                    due.add(new DueDeadline(planId, record.phase(), record.code(), state.targetDate()));
                }
            });
        }
        return due;
    }

    private static boolean missRecorded(CriterionRecord record, java.time.LocalDate target) {
        return record.timeline().stream().anyMatch(f -> f.type() == FactType.DEADLINE_MISSED
                && Objects.equals(f.targetDate(), target));
    }
}
