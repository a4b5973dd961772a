package org.gelplan.compliance.criterion;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionNotFound;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.FindCriteria;
import org.gelplan.compliance.api.FindCriteriaTimelines;
import org.gelplan.compliance.api.FindCriterion;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.compliance.criterion.CriterionHistory.StateAt;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogCriterion;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers criterion and phase-compliance queries, for any day and any recording instant, by key
 * lookups of one plan's criterion records (never a scan of the store).
 */
@Component
class CriterionQueries {

    private final CriterionRecordRepository records;
    private final PlanTargetsRepository plans;
    private final CatalogRegistry catalogs;

    CriterionQueries(CriterionRecordRepository records, PlanTargetsRepository plans, CatalogRegistry catalogs) {
        this.records = records;
        this.plans = plans;
        this.catalogs = catalogs;
    }

    @QueryHandler
    List<CriterionView> handle(FindCriteria query) {
        return recordsInCatalogOrder(plan(query.planId().value())).stream()
                .filter(r -> query.phase() == null || r.phase() == query.phase())
                .map(r -> CriterionHistory.view(r, query.asOf(), query.knownAt()))
                .filter(v -> query.status() == null || v.status() == query.status())
                .filter(v -> !query.overdueOnly() || v.overdue())
                .toList();
    }

    @QueryHandler
    CriterionDetail handle(FindCriterion query) {
        plan(query.planId().value());
        CriterionRecord record = records.findById(CriterionRecord.idOf(query.planId().value(), query.code()))
                .orElseThrow(() -> new CriterionNotFound(query.planId().value(), query.code()));
        return new CriterionDetail(CriterionHistory.view(record, query.asOf(), query.knownAt()), record.timeline());
    }

    @QueryHandler
    List<CriterionDetail> handle(FindCriteriaTimelines query) {
        return recordsInCatalogOrder(plan(query.planId().value())).stream()
                .map(r -> new CriterionDetail(CriterionHistory.view(r, query.asOf(), null), r.timeline())).toList();
    }

    @QueryHandler
    PlanCompliance handle(FindPlanCompliance query) {
        PlanTargetsDocument plan = plan(query.planId().value());
        Catalog catalog = catalogs.get(plan.catalogVersion());
        Map<Phase, List<StateAt>> byPhase = recordsInCatalogOrder(plan).stream().collect(Collectors.groupingBy(
                CriterionRecord::phase, Collectors.mapping(r -> CriterionHistory.stateAt(r, query.asOf(), query.knownAt()),
                        Collectors.toList())));
        return new PlanCompliance(plan.planId(), plan.catalogVersion(), query.asOf(), query.knownAt(),
                Arrays.stream(Phase.values()).map(phase -> PhaseComplianceCalculator.judge(catalog.phase(phase),
                        plan.phaseTargets().get(phase), byPhase.getOrDefault(phase, List.of()), query.asOf())).toList());
    }

    private PlanTargetsDocument plan(String planId) {
        return plans.findById(planId).orElseThrow(() -> new PlanNotFound(planId));
    }

    private List<CriterionRecord> recordsInCatalogOrder(PlanTargetsDocument plan) {
        List<String> codes = catalogs.get(plan.catalogVersion()).criteria().stream().map(CatalogCriterion::code).toList();
        Map<String, CriterionRecord> byCode = records.findAllById(
                        codes.stream().map(code -> CriterionRecord.idOf(plan.planId(), code)).toList())
                .stream().collect(Collectors.toMap(CriterionRecord::code, Function.identity()));
        return codes.stream().map(byCode::get).filter(Objects::nonNull).toList();
    }
}
