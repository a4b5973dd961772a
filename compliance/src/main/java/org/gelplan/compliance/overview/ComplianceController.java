package org.gelplan.compliance.overview;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Time travel: a plan's compliance as it stood at the end of a day ({@code asOf}), counting only
 * what had been recorded by an instant ({@code knownAt}; without it, everything recorded).
 */
@RestController
class ComplianceController {

    private final QueryGateway queries;
    private final Clock clock;

    ComplianceController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/plans/{planId}/compliance")
    PlanCompliance compliance(@PathVariable String planId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        PlanId id = PlanId.fromPath(planId);
        CurrentScope.require(id.daneCode());
        FindPlanCompliance query = new FindPlanCompliance(id, asOf == null ? GelTime.today(clock) : asOf, knownAt);
        return QueryResults.await(queries.query(query, ResponseTypes.instanceOf(PlanCompliance.class)));
    }
}
