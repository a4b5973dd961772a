package org.gelplan.ui.findings;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.ui.PlanQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An entity's plan de mejoramiento (Art. 2): findings and observations, newest first, each with its
 * improvement actions, and what is overdue today marked; the forms each role may use beside them.
 */
@Controller
class ImprovementPlanPage {

    private final QueryGateway queries;
    private final PlanQueries plans;
    private final Clock clock;

    ImprovementPlanPage(QueryGateway queries, PlanQueries plans, Clock clock) {
        this.queries = queries;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/improvement-plans/{entityCode}")
    String improvementPlan(@PathVariable String entityCode, Model model) {
        return show(model, entityCode);
    }

    String show(Model model, String entityCode) {
        CurrentScope.require(entityCode);
        LocalDate today = GelTime.today(clock);
        FindImprovementPlan.Answer answer = QueryResults.await(queries.query(new FindImprovementPlan(entityCode, today),
                ResponseTypes.instanceOf(FindImprovementPlan.Answer.class)));
        model.addAttribute("entityCode", entityCode);
        model.addAttribute("entityName", plans.entityName(entityCode));
        model.addAttribute("improvement", answer);
        List<FindingView> newestFirst = new ArrayList<>(answer.findings());
        Collections.reverse(newestFirst);
        model.addAttribute("findings", newestFirst);
        model.addAttribute("findingKinds", FindingKind.values());
        model.addAttribute("subjectKinds", FindingSubjectKind.values());
        return "improvement-plan";
    }
}
