package org.gelplan.reporting.findings;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.GelTime;
import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingRecorded;
import org.gelplan.reporting.api.ImprovementActionClosed;
import org.gelplan.reporting.api.ImprovementActionOpened;
import org.gelplan.reporting.api.ImprovementPlanId;
import org.gelplan.reporting.api.OpenImprovementAction;
import org.gelplan.reporting.api.RecordFinding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An entity's plan de mejoramiento: findings of planning and internal control, and the improvement
 * actions they open. One aggregate per entity, so that findings are numbered without gaps.
 * Rules live in {@link FindingRules}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ImprovementPlan {

    /** What the rules need of a finding: its kind, its day and how many actions it opened. */
    record FindingState(FindingKind kind, LocalDate recordedOn, int actions) {
    }

    /** What the rules need of an action: the day it was opened and whether it was closed. */
    record ActionState(LocalDate openedOn, boolean closed) {
    }

    @AggregateIdentifier
    private ImprovementPlanId planId;
    private Map<String, FindingState> findings = new HashMap<>();
    private Map<String, ActionState> actions = new HashMap<>();

    ImprovementPlan() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordFinding command, Clock clock) {
        FindingRecorded recorded = FindingRules.record(command, findings.size() + 1, GelTime.today(clock));
        apply(recorded);
        return recorded.findingId();
    }

    @CommandHandler
    String handle(OpenImprovementAction command, Clock clock) {
        ImprovementActionOpened opened = FindingRules.open(command, findings.get(command.findingId()), GelTime.today(clock));
        apply(opened);
        return opened.actionId();
    }

    @CommandHandler
    void handle(CloseImprovementAction command, Clock clock) {
        apply(FindingRules.close(command, actions.get(command.actionId()), GelTime.today(clock)));
    }

    @EventSourcingHandler
    void on(FindingRecorded event) {
        planId = event.planId();
        findings.put(event.findingId(), new FindingState(event.kind(), event.recordedOn(), 0));
    }

    @EventSourcingHandler
    void on(ImprovementActionOpened event) {
        findings.computeIfPresent(event.findingId(), (id, f) -> new FindingState(f.kind(), f.recordedOn(), f.actions() + 1));
        actions.put(event.actionId(), new ActionState(event.openedOn(), false));
    }

    @EventSourcingHandler
    void on(ImprovementActionClosed event) {
        actions.computeIfPresent(event.actionId(), (id, a) -> new ActionState(a.openedOn(), true));
    }
}
