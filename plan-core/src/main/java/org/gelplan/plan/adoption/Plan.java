package org.gelplan.plan.adoption;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.GelTime;
import org.gelplan.plan.action.ActionRules;
import org.gelplan.plan.api.ActionRegistered;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.CorrectMeasurement;
import org.gelplan.plan.api.DefineIndicator;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.IndicatorMeasured;
import org.gelplan.plan.api.IndicatorMeasurementCorrected;
import org.gelplan.plan.api.InvalidPlan;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.ProjectRegistered;
import org.gelplan.plan.api.RegisterAction;
import org.gelplan.plan.api.RegisterProject;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.gelplan.plan.catalog.UnknownCatalogVersion;
import org.gelplan.plan.indicator.IndicatorDefinitionRules;
import org.gelplan.plan.indicator.IndicatorLedger;
import org.gelplan.plan.indicator.MeasurementRules;
import org.gelplan.plan.project.ProjectRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A territorial entity's Plan de Acción de Gobierno en Línea, with its projects (Tabla 1), actions
 * (Tabla 7) and indicators, whose measurements it judges. The rules live in each feature's
 * {@code *Rules} class; this class keeps only what they need to decide.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Plan {

    @AggregateIdentifier
    private PlanId planId;
    private String catalogVersion;
    private LocalDate adoptedOn;
    private Set<String> projects = new HashSet<>();
    private Set<String> actions = new HashSet<>();
    private Map<String, IndicatorLedger> indicators = new HashMap<>();

    Plan() {
        // for Axon and snapshots
    }

    @CommandHandler
    Plan(AdoptPlan command, CatalogRegistry catalogs, Clock clock) {
        apply(PlanAdoptionRules.adopt(command, catalogOf(command, catalogs), GelTime.today(clock)));
    }

    private static Catalog catalogOf(AdoptPlan command, CatalogRegistry catalogs) {
        try {
            return catalogs.get(command.catalogVersion());
        } catch (UnknownCatalogVersion unknown) {
            throw new InvalidPlan("plan.unknown-catalog", String.valueOf(command.catalogVersion()));
        }
    }

    @CommandHandler
    void handle(RegisterProject command) {
        apply(ProjectRules.register(command, projects));
    }

    @CommandHandler
    void handle(RegisterAction command) {
        apply(ActionRules.register(command, actions));
    }

    @CommandHandler
    void handle(DefineIndicator command) {
        apply(IndicatorDefinitionRules.define(command, projects, actions, indicators.keySet(), adoptedOn));
    }

    @CommandHandler
    void handle(MeasureIndicator command, Clock clock) {
        apply(MeasurementRules.measure(command, indicators.get(command.indicatorId().value()), GelTime.today(clock)));
    }

    @CommandHandler
    void handle(CorrectMeasurement command, Clock clock) {
        apply(MeasurementRules.correct(command, indicators.get(command.indicatorId().value()), GelTime.today(clock)));
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        planId = event.planId();
        catalogVersion = event.catalogVersion();
        adoptedOn = event.resolution().date();
    }

    @EventSourcingHandler
    void on(ProjectRegistered event) {
        projects.add(event.projectId().value());
    }

    @EventSourcingHandler
    void on(ActionRegistered event) {
        actions.add(event.actionId().value());
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicators.put(event.indicatorId().value(), new IndicatorLedger(event.definition(), event.startsOn(), Set.of()));
    }

    @EventSourcingHandler
    void on(IndicatorMeasured event) {
        indicators.computeIfPresent(event.indicatorId().value(), (id, ledger) -> ledger.measured(event.period()));
    }
}
