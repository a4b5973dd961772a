package org.gelplan.plan.summary;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.core.AuditMetaData;
import org.gelplan.plan.api.FindPlanSummary;
import org.gelplan.plan.api.ListPlanSummaries;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanSummary;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plan summaries read model: one document per adopted plan, rebuilt from the events on reset. */
@Component
@ProcessingGroup(PlanSummaryProjection.GROUP)
class PlanSummaryProjection {

    static final String GROUP = "plan-summary";

    private final PlanSummaryRepository repository;

    PlanSummaryProjection(PlanSummaryRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(PlanAdopted event, @Timestamp Instant recordedAt, MetaData metaData) {
        var d = event.diagnosis();
        PlanSummary summary = new PlanSummary(event.planId().value(), event.entity(), event.resolution(),
                event.catalogVersion(), d.date(), d.madeWith(), d.methodology(), d.categoryNotes(), d.maturity(),
                event.preliminaryCommitments(), event.vision(), event.generalObjective(), event.specificObjectives(),
                event.actionLines(), event.phaseTargets(), recordedAt, AuditMetaData.actorOf(metaData));
        repository.save(new PlanSummaryDocument(summary.planId(), event.entity().daneCode(), summary));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }

    @QueryHandler
    Optional<PlanSummary> handle(FindPlanSummary query) {
        return repository.findById(query.planId().value()).map(PlanSummaryDocument::summary);
    }

    @QueryHandler
    List<PlanSummary> handle(ListPlanSummaries query) {
        return repository.findAll().stream()
                .filter(document -> query.scope().covers(document.daneCode()))
                .map(PlanSummaryDocument::summary)
                .sorted(Comparator.comparing(PlanSummary::planId))
                .toList();
    }
}
