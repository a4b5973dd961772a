package org.gelplan.reporting.quarterly;

import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.PhaseStatus;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.quarterly.QuarterlyReport.CommitteeSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.ImprovementPlanSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.IndicatorLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.RiskLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is at risk before the next deadline, seen from the quarter's end: phases judged AT_RISK,
 * pending criteria and open decisions due during the next quarter, improvement actions of the plan de
 * mejoramiento open and due by then (OVERDUE when already past due at the quarter's end), indicators
 * whose latest measurement missed the target or whose last period went unmeasured.
 */
public final class RiskFinder {

    private RiskFinder() {
    }

    static List<RiskLine> risks(Quarter quarter, PlanCompliance compliance, List<CriterionView> criteria,
                                CommitteeSection committee, List<IndicatorLine> indicators,
                                ImprovementPlanSection improvementPlan) {
        LocalDate horizon = quarter.next().lastDay();
        List<RiskLine> risks = new ArrayList<>();
        compliance.phases().stream().filter(p -> p.status() == PhaseStatus.AT_RISK).forEach(p -> risks.add(
                new RiskLine("PHASE", p.code().name(), p.name(), p.territorialDeadline(),
                        p.percent() + " % de " + p.targetPercent() + " %")));
        criteria.stream().filter(c -> c.status().isPending() && c.targetDate() != null
                        && c.targetDate().isAfter(quarter.lastDay()) && !c.targetDate().isAfter(horizon))
                .forEach(c -> risks.add(new RiskLine("CRITERION", c.code(), c.name(), c.targetDate(), c.status().name())));
        committee.decisionsOpen().stream().filter(d -> d.dueDate() != null && !d.dueDate().isAfter(horizon))
                .forEach(d -> risks.add(new RiskLine("DECISION", d.id(), d.text(), d.dueDate(),
                        d.overdue() ? "OVERDUE" : "OPEN")));
        improvementPlan.findings().stream().flatMap(f -> f.actions().stream())
                .filter(a -> "OPEN".equals(a.status()) && a.dueDate() != null && !a.dueDate().isAfter(horizon))
                .forEach(a -> risks.add(new RiskLine("IMPROVEMENT_ACTION", a.id(), a.description(), a.dueDate(),
                        a.overdue() ? "OVERDUE" : "OPEN")));
        for (IndicatorLine line : indicators) {
            indicatorRisk(line).ifPresent(detail -> risks.add(new RiskLine("INDICATOR", line.id(), line.name(), null, detail)));
        }
        return risks;
    }

    /** MISSING when its last ended period went unmeasured, TARGET_MISSED when its latest measurement missed the target. */
    public static Optional<String> indicatorRisk(IndicatorLine line) {
        boolean stale = !line.recent().isEmpty() && "MISSING".equals(line.recent().get(line.recent().size() - 1).status());
        boolean missed = line.latest() != null && Boolean.FALSE.equals(line.latest().met());
        return stale ? Optional.of("MISSING") : missed ? Optional.of("TARGET_MISSED") : Optional.empty();
    }
}
