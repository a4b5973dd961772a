package org.gelplan.reporting.derived;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.FindCommitteeIndicators;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Computes a derived indicator's value on a day from the module that owns its source:
 * {@code compliance.phase-percent:<PHASE>} and {@code committee.meeting-frequency}. Sources whose
 * records do not exist yet (the trámites and servicios inventory) yield nothing, said so.
 */
@Component
class DerivedSources {

    static final String PHASE_PERCENT = "compliance.phase-percent:";
    static final String MEETING_FREQUENCY = "committee.meeting-frequency";

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
        return Optional.empty();
    }

    static boolean computable(String source) {
        return source != null && (source.startsWith(PHASE_PERCENT) || source.equals(MEETING_FREQUENCY));
    }
}
