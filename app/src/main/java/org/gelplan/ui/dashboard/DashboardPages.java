package org.gelplan.ui.dashboard;

import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PhaseStatus;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.ui.PlanQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The plans a user may read, and each plan's dashboard: phases against targets, deadlines, what is late or at risk. */
@Controller
class DashboardPages {

    private static final int UPCOMING = 8;

    private final PlanQueries plans;
    private final Clock clock;

    DashboardPages(PlanQueries plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = GelTime.today(clock);
        model.addAttribute("plans", plans.plans().stream()
                .map(summary -> new PlanCard(summary, plans.compliance(summary.planId(), today))).toList());
        return "plans";
    }

    @GetMapping("/plans/{planId}")
    String dashboard(@PathVariable String planId,
                     @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? GelTime.today(clock) : asOf;
        model.addAttribute("plan", plans.summary(planId));
        PlanCompliance compliance = plans.compliance(planId, day);
        model.addAttribute("asOf", day);
        model.addAttribute("phases", compliance.phases());
        model.addAttribute("atRisk", compliance.phases().stream()
                .filter(p -> p.status() == PhaseStatus.AT_RISK || p.status() == PhaseStatus.MISSED).toList());
        List<CriterionView> criteria = plans.criteria(planId, null, day);
        model.addAttribute("overdue", criteria.stream().filter(CriterionView::overdue)
                .sorted(Comparator.comparing(CriterionView::targetDate)).toList());
        model.addAttribute("upcoming", criteria.stream()
                .filter(c -> c.status().isPending() && c.targetDate() != null && !c.targetDate().isBefore(day))
                .sorted(Comparator.comparing(CriterionView::targetDate)).limit(UPCOMING).toList());
        model.addAttribute("deadlines", compliance.phases().stream()
                .sorted(Comparator.comparing(PhaseCompliance::territorialDeadline)).toList());
        return "dashboard";
    }

    /** A plan on the home page with its phases as of today. */
    record PlanCard(PlanSummary summary, PlanCompliance compliance) {
    }
}
