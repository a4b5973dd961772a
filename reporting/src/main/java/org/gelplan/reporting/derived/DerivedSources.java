package org.gelplan.reporting.derived;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.FindCommitteeIndicators;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryView;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes a derived indicator's value on a day from the module that owns its source:
 * {@code compliance.phase-percent:<PHASE>}, {@code committee.meeting-frequency}, and
 * {@code tramites.*-percent} / {@code servicios.*-percent} from the entity's inventory. An unknown
 * source, or an inventory that lists nothing of the kind yet, yields nothing.
 */
@Component
class DerivedSources {

    static final String PHASE_PERCENT = "compliance.phase-percent:";
    static final String MEETING_FREQUENCY = "committee.meeting-frequency";
    /** Tabla 7's trámites and servicios percentages, from the entity's inventory (null while it lists none). */
    private static final Map<String, Function<InventoryView, BigDecimal>> INVENTORY = Map.of(
            "tramites.published-percent", i -> i.tramites().publishedPercent(),
            "tramites.automated-percent", i -> i.tramites().automatedPercent(),
            "tramites.online-percent", i -> i.tramites().onlinePercent(),
            "servicios.published-percent", i -> i.servicios().publishedPercent(),
            "servicios.automated-percent", i -> i.servicios().automatedPercent(),
            "servicios.online-percent", i -> i.servicios().onlinePercent());

    private final QueryGateway queries;

    DerivedSources(QueryGateway queries) {
        this.queries = queries;
    }

    /** @return the value on that day, or empty with no record to compute it from */
    Optional<BigDecimal> valueOn(PlanId planId, String source, LocalDate day) {
        if (source.startsWith(PHASE_PERCENT)) {
            Phase phase = Phase.valueOf(source.substring(PHASE_PERCENT.length()));
            PlanCompliance compliance = QueryResults.await(queries.query(new FindPlanCompliance(planId, day, null),
                    ResponseTypes.instanceOf(PlanCompliance.class)));
            return compliance.phases().stream().filter(p -> p.code() == phase).findFirst()
                    .map(PhaseCompliance::percent).map(BigDecimal::valueOf);
        }
        if (source.equals(MEETING_FREQUENCY)) {
            return QueryResults.await(queries.query(new FindCommitteeIndicators(planId.daneCode(), day),
                            ResponseTypes.optionalInstanceOf(CommitteeIndicators.class)))
                    .map(CommitteeIndicators::meetingFrequency).map(CommitteeIndicators.MeetingFrequency::percent)
                    .map(BigDecimal::valueOf);
        }
        if (INVENTORY.containsKey(source)) {
            InventoryView inventory = QueryResults.await(queries.query(new FindInventory(planId.daneCode(), day),
                    ResponseTypes.instanceOf(InventoryView.class)));
            return Optional.ofNullable(INVENTORY.get(source).apply(inventory));
        }
        return Optional.empty();
    }
}
