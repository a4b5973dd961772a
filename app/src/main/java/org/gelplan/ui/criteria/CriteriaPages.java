package org.gelplan.ui.criteria;

import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.Phase;
import org.gelplan.ui.PlanQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plan's criteria by phase and category, and one criterion with its timeline and the forms the user may use. */
@Controller
class CriteriaPages {

    private final PlanQueries plans;
    private final Clock clock;

    CriteriaPages(PlanQueries plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/criteria")
    String criteria(@PathVariable String planId, @RequestParam(required = false) Phase phase,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Phase shown = phase == null ? Phase.INFORMACION : phase;
        LocalDate day = asOf == null ? GelTime.today(clock) : asOf;
        model.addAttribute("plan", plans.summary(planId));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("phase", shown);
        model.addAttribute("asOf", day);
        model.addAttribute("categories", byCategory(plans.criteria(planId, shown, day)));
        model.addAttribute("compliance", plans.compliance(planId, day).phases().stream()
                .filter(p -> p.code() == shown).findFirst().orElseThrow());
        return htmx != null ? "criteria :: list" : "criteria";
    }

    @GetMapping("/plans/{planId}/criteria/{code}")
    String criterion(@PathVariable String planId, @PathVariable String code, Model model) {
        return CriterionPage.show(model, plans.summary(planId), plans.criterion(planId, code, GelTime.today(clock)));
    }

    /** Criteria grouped by category, in catalog order. */
    static Map<String, List<CriterionView>> byCategory(List<CriterionView> criteria) {
        return criteria.stream().collect(Collectors.groupingBy(CriterionView::categoryName, LinkedHashMap::new,
                Collectors.toList()));
    }

    /** The criterion page's model, shared by the page and the forms that answer on it. */
    static final class CriterionPage {

        private CriterionPage() {
        }

        static String show(Model model, Object plan, CriterionDetail detail) {
            model.addAttribute("plan", plan);
            model.addAttribute("criterion", detail.criterion());
            List<CriterionFact> newestFirst = new ArrayList<>(detail.timeline());
            Collections.reverse(newestFirst);
            model.addAttribute("timeline", newestFirst);
            return "criterion";
        }
    }
}
