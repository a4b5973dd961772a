package org.gelplan.compliance.criterion;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.FindCriteria;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogCriterion;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers criterion and phase-compliance queries by key lookups on the criterion read model. */
@Component
class CriterionQueries {

    private final CriterionStateRepository criteria;
    private final PlanTargetsRepository plans;
    private final CatalogRegistry catalogs;

    CriterionQueries(CriterionStateRepository criteria, PlanTargetsRepository plans, CatalogRegistry catalogs) {
        this.criteria = criteria;
        this.plans = plans;
        this.catalogs = catalogs;
    }

    @QueryHandler
    List<CriterionView> handle(FindCriteria query) {
        PlanTargetsDocument plan = plan(query.planId().value());
        return statesInCatalogOrder(plan).stream()
                .filter(s -> query.phase() == null || s.phase() == query.phase())
                .filter(s -> query.status() == null || s.status() == query.status())
                .filter(s -> !query.overdueOnly() || s.overdueOn(query.asOf()))
                .map(s -> s.view(query.asOf()))
                .toList();
    }

    @QueryHandler
    PlanCompliance handle(FindPlanCompliance query) {
        PlanTargetsDocument plan = plan(query.planId().value());
        Catalog catalog = catalogs.get(plan.catalogVersion());
        Map<Phase, List<CriterionStateDocument>> byPhase = statesInCatalogOrder(plan).stream()
                .collect(Collectors.groupingBy(CriterionStateDocument::phase));
        return new PlanCompliance(plan.planId(), plan.catalogVersion(), query.asOf(), Arrays.stream(Phase.values())
                .map(phase -> PhaseComplianceCalculator.judge(catalog.phase(phase), plan.phaseTargets().get(phase),
                        byPhase.getOrDefault(phase, List.of()), query.asOf()))
                .toList());
    }

    private PlanTargetsDocument plan(String planId) {
        return plans.findById(planId).orElseThrow(() -> new PlanNotFound(planId));
    }

    private List<CriterionStateDocument> statesInCatalogOrder(PlanTargetsDocument plan) {
        List<String> codes = catalogs.get(plan.catalogVersion()).criteria().stream().map(CatalogCriterion::code).toList();
        Map<String, CriterionStateDocument> byCode = criteria.findAllById(
                        codes.stream().map(code -> CriterionStateDocument.idOf(plan.planId(), code)).toList())
                .stream().collect(Collectors.toMap(CriterionStateDocument::code, Function.identity()));
        return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }
}
