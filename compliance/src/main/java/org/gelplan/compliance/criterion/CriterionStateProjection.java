package org.gelplan.compliance.criterion;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.plan.api.Answer;
import org.gelplan.plan.api.DiagnosisAnswer;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of every criterion of every plan. The diagnosis in {@link PlanAdopted} is the starting
 * state: SI is a fulfilment on the diagnosis date, NO is pending until its target date.
 * Saving by id makes every handler idempotent.
 */
@Component
@ProcessingGroup(CriterionStateProjection.GROUP)
class CriterionStateProjection {

    static final String GROUP = "compliance-criteria";

    private final CriterionStateRepository criteria;
    private final PlanTargetsRepository plans;
    private final CatalogRegistry catalogs;

    CriterionStateProjection(CriterionStateRepository criteria, PlanTargetsRepository plans, CatalogRegistry catalogs) {
        this.criteria = criteria;
        this.plans = plans;
        this.catalogs = catalogs;
    }

    @EventHandler
    void on(PlanAdopted event) {
        String planId = event.planId().value();
        Catalog catalog = catalogs.get(event.catalogVersion());
        Map<String, DiagnosisAnswer> answers = event.diagnosis().criteria().stream()
                .collect(Collectors.toMap(DiagnosisAnswer::code, Function.identity()));
        Evidence diagnosis = new Evidence("Diagnóstico preliminar del plan (" + event.diagnosis().date() + ")", null,
                "Resolución " + event.resolution().number());
        criteria.saveAll(catalog.criteria().stream().map(criterion -> {
            DiagnosisAnswer answer = answers.get(criterion.code());
            CriterionStateDocument pending = CriterionStateDocument.pending(planId, criterion, answer.targetDate());
            return answer.answer() == Answer.SI ? pending.fulfilled(event.diagnosis().date(), diagnosis) : pending;
        }).toList());
        plans.save(new PlanTargetsDocument(planId, event.entity().daneCode(), event.catalogVersion(), event.phaseTargets()));
    }

    @ResetHandler
    void reset() {
        criteria.deleteAll();
        plans.deleteAll();
    }
}
