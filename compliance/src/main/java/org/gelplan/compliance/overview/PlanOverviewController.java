package org.gelplan.compliance.overview;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindPlanSummary;
import org.gelplan.plan.api.ListPlanSummaries;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.PlanSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The plans of the caller's entities, each with its per-phase compliance. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanOverviewController {

    private final QueryGateway queries;
    private final Clock clock;

    PlanOverviewController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    List<PlanOverview> plans(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? GelTime.today(clock) : asOf;
        List<PlanSummary> summaries = QueryResults.await(queries.query(new ListPlanSummaries(CurrentScope.get()),
                ResponseTypes.multipleInstancesOf(PlanSummary.class)));
        return summaries.stream().map(summary -> overview(summary, day)).toList();
    }

    @GetMapping("/{planId}")
    PlanOverview plan(@PathVariable String planId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PlanSummary summary = summaryOf(planId);
        return overview(summary, asOf == null ? GelTime.today(clock) : asOf);
    }

    private PlanSummary summaryOf(String planId) {
        PlanId id = PlanId.fromPath(planId);
        CurrentScope.require(id.daneCode());
        return QueryResults.await(queries.query(new FindPlanSummary(id),
                ResponseTypes.optionalInstanceOf(PlanSummary.class))).orElseThrow(() -> new PlanNotFound(planId));
    }

    private PlanOverview overview(PlanSummary summary, LocalDate asOf) {
        PlanCompliance compliance = QueryResults.await(queries.query(
                new FindPlanCompliance(new PlanId(summary.planId()), asOf, null),
                ResponseTypes.instanceOf(PlanCompliance.class)));
        return new PlanOverview(summary.planId(), summary.entity(), summary.resolution(), summary.catalogVersion(),
                asOf, compliance.phases(), summary);
    }
}
