package org.gelplan.reporting.audit.replay;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AuditChainHead;
import org.gelplan.reporting.api.PlanReplay;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link PlanReplay} from the compliance, committee and plan modules' queries, each asked for the day and for
 * what was recorded by the instant ({@code knownAt}), and the chain's head as of the instant.
 */
@Component
class QueriedPlanReplay implements PlanReplay {

    private final QueryGateway queries;
    private final AuditChainHead chain;
    private final Clock clock;

    QueriedPlanReplay(QueryGateway queries, AuditChainHead chain, Clock clock) {
        this.queries = queries;
        this.chain = chain;
        this.clock = clock;
    }

    @Override
    public SideBySide replay(PlanId id, Instant at) {
        LocalDate then = LocalDate.ofInstant(at, GelTime.ZONE);
        LocalDate today = GelTime.today(clock);
        return new SideBySide(id.value(), at, chain.asOf(at),
                state(id, then, at), state(id, today, null));
    }

    private PlanState state(PlanId id, LocalDate asOf, Instant knownAt) {
        return new PlanState(asOf, compliance(id, asOf, knownAt), committee(id, asOf, knownAt), meetings(id, knownAt),
                decisions(id, asOf, knownAt), indicators(id, asOf, knownAt));
    }

    private PlanCompliance compliance(PlanId id, LocalDate asOf, Instant knownAt) {
        return QueryResults.await(queries.query(new FindPlanCompliance(id, asOf, knownAt),
                ResponseTypes.instanceOf(PlanCompliance.class)));
    }

    private CommitteeView committee(PlanId id, LocalDate asOf, Instant knownAt) {
        return QueryResults.await(queries.query(new FindCommittee(id.daneCode(), asOf, knownAt),
                ResponseTypes.optionalInstanceOf(CommitteeView.class))).orElse(null);
    }

    private List<MeetingView> meetings(PlanId id, Instant knownAt) {
        return QueryResults.await(queries.query(new ListMeetings(id.daneCode(), null, null, null, knownAt),
                ResponseTypes.multipleInstancesOf(MeetingView.class)));
    }

    private List<IndicatorOverview> indicators(PlanId id, LocalDate asOf, Instant knownAt) {
        return QueryResults.await(queries.query(new ListIndicators(id, asOf, knownAt),
                ResponseTypes.multipleInstancesOf(IndicatorOverview.class)));
    }

    private List<DecisionView> decisions(PlanId id, LocalDate asOf, Instant knownAt) {
        return QueryResults.await(queries.query(new ListDecisions(id.daneCode(), null, null, asOf, knownAt),
                ResponseTypes.multipleInstancesOf(DecisionView.class)));
    }
}
