package org.gelplan.reporting.findings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.GelTime;
import org.gelplan.reporting.api.FindFinding;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingRecorded;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.reporting.api.ImprovementActionClosed;
import org.gelplan.reporting.api.ImprovementActionOpened;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The plan de mejoramiento read model: one document per entity, judged as of the day asked about. */
@Component
@ProcessingGroup(ImprovementPlanProjection.GROUP)
class ImprovementPlanProjection {

    static final String GROUP = "improvement-plan";

    private final ImprovementPlanRepository plans;
    private final Clock clock;

    ImprovementPlanProjection(ImprovementPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @EventHandler
    void on(FindingRecorded event, MetaData metaData, @Timestamp Instant storedAt) {
        change(event.planId(), plan -> plan.withFinding(new ImprovementPlanDocument.StoredFinding(event.findingId(),
                event.kind(), event.subjectKind(), event.subjectId(), event.text(), event.recordedOn(),
                AuditMetaData.actorOf(metaData), List.of(), storedAt)));
    }

    @EventHandler
    void on(ImprovementActionOpened event, @Timestamp Instant storedAt) {
        change(event.planId(), plan -> plan.withAction(event.findingId(), new ImprovementPlanDocument.StoredAction(
                event.actionId(), event.description(), event.responsible(), event.openedOn(), event.dueDate(), null, null,
                storedAt, null)));
    }

    @EventHandler
    void on(ImprovementActionClosed event, @Timestamp Instant storedAt) {
        change(event.planId(), plan -> plan.closed(event.actionId(), event.closedOn(), event.evidence(), storedAt));
    }

    @QueryHandler
    FindImprovementPlan.Answer handle(FindImprovementPlan query) {
        return plans.findById(query.entityCode()).orElseGet(() -> ImprovementPlanDocument.empty(query.entityCode()))
                .on(query.asOf(), query.knownAt());
    }

    @QueryHandler
    Optional<FindingView> handle(FindFinding query) {
        return plans.findById(query.entityCode()).flatMap(plan -> plan.finding(query.findingId(), GelTime.today(clock)));
    }

    @ResetHandler
    void reset() {
        plans.deleteAll();
    }

    private void change(ImprovementPlanId id, UnaryOperator<ImprovementPlanDocument> change) {
        ImprovementPlanDocument plan = plans.findById(id.entityCode()).orElseGet(() -> ImprovementPlanDocument.empty(id.entityCode()));
        plans.save(change.apply(plan));
    }
}
