package org.gelplan.ui.indicators;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindIndicator;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorNotFound;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.PlanId;
import org.gelplan.ui.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A plan's indicators with their latest attainment, and one indicator with its chart, series and history. */
@Controller
class IndicatorPages {

    private final QueryGateway queries;
    private final PlanQueries plans;
    private final Clock clock;

    IndicatorPages(QueryGateway queries, PlanQueries plans, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/indicators")
    String indicators(@PathVariable String planId, Model model) {
        model.addAttribute("plan", plans.summary(planId));
        model.addAttribute("indicators", QueryResults.await(queries.query(
                new ListIndicators(PlanId.inCallersScope(planId), GelTime.today(clock)),
                ResponseTypes.multipleInstancesOf(IndicatorOverview.class))));
        return "indicators";
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}")
    String indicator(@PathVariable String planId, @PathVariable String indicatorId, Model model) {
        return show(model, planId, indicatorId);
    }

    String show(Model model, String planId, String indicatorId) {
        PlanId plan = PlanId.inCallersScope(planId);
        if (!IndicatorId.isValid(indicatorId)) {
            throw new IndicatorNotFound(planId, indicatorId);
        }
        IndicatorDetail detail = QueryResults.await(queries.query(
                new FindIndicator(plan, new IndicatorId(indicatorId), GelTime.today(clock)),
                ResponseTypes.optionalInstanceOf(IndicatorDetail.class)))
                .orElseThrow(() -> new IndicatorNotFound(planId, indicatorId));
        model.addAttribute("plan", plans.summary(planId));
        model.addAttribute("indicator", detail.indicator());
        model.addAttribute("series", newestFirst(detail.series()));
        model.addAttribute("history", newestFirst(detail.history()));
        model.addAttribute("chart", ValueChart.of(detail.series()));
        return "indicator";
    }

    private static <T> List<T> newestFirst(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
