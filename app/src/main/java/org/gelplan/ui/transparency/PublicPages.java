package org.gelplan.ui.transparency;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindPlanSummary;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.ListPublishedReports;
import org.gelplan.reporting.api.ReportVersionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The transparency page citizens read without signing in (Art. 3 of the seed: "se publicará en el sitio
 * Web"): the plan's adopting act, its compliance per phase today and its published quarterly reports. Nothing else of the plan is shown.
 */
@Controller
class PublicPages {

    private final QueryGateway queries;
    private final Clock clock;

    PublicPages(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/public/plans/{planId}")
    String plan(@PathVariable String planId, Model model) {
        PlanId id = PlanId.fromPath(planId);
        PlanSummary summary = QueryResults.await(queries.query(new FindPlanSummary(id),
                ResponseTypes.optionalInstanceOf(PlanSummary.class))).orElseThrow(() -> new PlanNotFound(planId));
        LocalDate today = GelTime.today(clock);
        PlanCompliance compliance = QueryResults.await(queries.query(new FindPlanCompliance(id, today, null),
                ResponseTypes.instanceOf(PlanCompliance.class)));
        model.addAttribute("publicPlan", summary);
        model.addAttribute("asOf", today);
        model.addAttribute("phases", compliance.phases());
        model.addAttribute("published", QueryResults.await(queries.query(new ListPublishedReports(id),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class))));
        return "public-plan";
    }
}
