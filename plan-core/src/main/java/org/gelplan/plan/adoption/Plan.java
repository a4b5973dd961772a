package org.gelplan.plan.adoption;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.InvalidPlan;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.gelplan.plan.catalog.UnknownCatalogVersion;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A territorial entity's Plan de Acción de Gobierno en Línea. */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Plan {

    @AggregateIdentifier
    private PlanId planId;
    private String catalogVersion;

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

    @EventSourcingHandler
    void on(PlanAdopted event) {
        planId = event.planId();
        catalogVersion = event.catalogVersion();
    }
}
