package org.gelplan.reporting.audit.replay;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AuditChainHead;
import org.gelplan.reporting.api.PlanReplay;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** {@link PlanReplay} from the compliance and committee modules' queries and the chain's head as of the instant. */
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
                new PlanState(then, compliance(id, then, at), committee(id, then)),
                new PlanState(today, compliance(id, today, null), committee(id, today)));
    }

    private PlanCompliance compliance(PlanId id, LocalDate asOf, Instant knownAt) {
        return QueryResults.await(queries.query(new FindPlanCompliance(id, asOf, knownAt),
                ResponseTypes.instanceOf(PlanCompliance.class)));
    }

    private CommitteeView committee(PlanId id, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindCommittee(id.daneCode(), asOf),
                ResponseTypes.optionalInstanceOf(CommitteeView.class))).orElse(null);
    }
}
