package org.gelplan.reporting.audit.replay;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AuditAnchor;
import org.gelplan.reporting.api.AuditChainHead;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Control interno puts a plan as the record stood at an instant beside the plan as it stands now:
 * compliance counting only what had been recorded by then (the compliance module's {@code knownAt}),
 * the committee as constituted that day, and the audit-chain head that covered exactly those events.
 */
@RestController
class OversightReplayController {

    private final QueryGateway queries;
    private final AuditChainHead chain;
    private final Clock clock;

    OversightReplayController(QueryGateway queries, AuditChainHead chain, Clock clock) {
        this.queries = queries;
        this.chain = chain;
        this.clock = clock;
    }

    @GetMapping("/api/v1/audit/plans/{planId}/replay")
    @PreAuthorize("hasRole('CONTROL_INTERNO')")
    SideBySide replay(@PathVariable String planId,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        PlanId id = PlanId.fromPath(planId);
        CurrentScope.require(id.daneCode());
        LocalDate then = LocalDate.ofInstant(at, GelTime.ZONE);
        LocalDate today = GelTime.today(clock);
        return new SideBySide(planId, at, chain.asOf(at),
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

    /** The plan then (as recorded by {@code at}) and now, with the chain head covering the events up to {@code at}. */
    record SideBySide(String planId, Instant at, AuditAnchor anchor, PlanState then, PlanState now) {
    }

    record PlanState(LocalDate asOf, PlanCompliance compliance, CommitteeView committee) {
    }
}
