package org.gelplan.plan.transfer;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.adoption.AdoptPlanRequest;
import org.gelplan.plan.api.ActionRegistered;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.ProjectRegistered;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan as a file, folded from its own event stream (from the first event, never from a
 * snapshot): exactly what was recorded, in the order it was recorded, with the plan's own ids.
 * Measurements are facts of the entity, not part of the plan, and stay out.
 */
@Component
class PlanExport {

    private final EventStore events;

    PlanExport(EventStore events) {
        this.events = events;
    }

    PlanFile export(PlanId planId) {
        return find(planId).orElseThrow(() -> new PlanNotFound(planId.value()));
    }

    Optional<PlanFile> find(PlanId planId) {
        DomainEventStream stream = events.readEvents(planId.value(), 0);
        AdoptPlanRequest plan = null;
        List<ProjectEntry> projects = new ArrayList<>();
        List<ActionEntry> actions = new ArrayList<>();
        List<IndicatorEntry> indicators = new ArrayList<>();
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof PlanAdopted adopted) {
                plan = AdoptPlanRequest.of(adopted);
            } else if (event instanceof ProjectRegistered registered) {
                projects.add(ProjectEntry.of(registered.projectId().value(), registered.project()));
            } else if (event instanceof ActionRegistered registered) {
                actions.add(ActionEntry.of(registered.actionId().value(), registered.action()));
            } else if (event instanceof IndicatorDefined defined) {
                indicators.add(IndicatorEntry.of(defined.indicatorId().value(), defined.definition(), defined.startsOn()));
            }
        }
        return plan == null ? Optional.empty()
                : Optional.of(new PlanFile(PlanFile.FORMAT, plan, projects, actions, indicators));
    }
}
