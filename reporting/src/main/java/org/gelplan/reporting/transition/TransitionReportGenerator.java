package org.gelplan.reporting.transition;

import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeNotFound;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.quarterly.ImprovementPlanReportSection;
import org.gelplan.reporting.quarterly.IndicatorReportSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.CriterionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.DecisionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.Entity;
import org.gelplan.reporting.quarterly.QuarterlyReport.PhaseLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.ResolutionInfo;
import org.gelplan.reporting.quarterly.ReportSources;
import org.gelplan.reporting.quarterly.RiskFinder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Computes the transition report as of the end of a day from everything recorded so far. */
@Component
class TransitionReportGenerator {

    private final ReportSources sources;
    private final IndicatorReportSection indicators;

    TransitionReportGenerator(ReportSources sources, IndicatorReportSection indicators) {
        this.sources = sources;
        this.indicators = indicators;
    }

    TransitionReport generate(PlanId planId, LocalDate asOf) {
        PlanSummary plan = sources.plan(planId);
        PlanCompliance compliance = sources.compliance(planId, asOf);
        List<CriterionView> criteria = sources.criteria(planId, asOf).stream().map(CriterionDetail::criterion).toList();
        LocalDate horizon = asOf.plusDays(TransitionReport.HORIZON_DAYS);
        Optional<CommitteeIndicators> committee = committeeIndicators(planId.daneCode(), asOf);
        return new TransitionReport(planId.value(), asOf,
                new Entity(plan.entity().daneCode(), plan.entity().name(), plan.entity().department()),
                new ResolutionInfo(plan.resolution().number(), plan.resolution().date(), plan.resolution().title()),
                compliance.phases().stream().map(p -> new PhaseLine(p.code().name(), p.name(), p.territorialDeadline(),
                        p.targetPercent(), p.applicable(), p.fulfilled(), p.overdue(), p.percent(), p.status().name(),
                        List.of())).toList(),
                (int) criteria.stream().filter(c -> c.status().isPending()).count(),
                criteria.stream().filter(CriterionView::overdue).map(TransitionReportGenerator::line).toList(),
                criteria.stream().filter(c -> c.status().isPending() && c.targetDate() != null
                        && c.targetDate().isAfter(asOf) && !c.targetDate().isAfter(horizon))
                        .map(TransitionReportGenerator::line).toList(),
                openDecisions(planId.daneCode(), asOf),
                indicators.lines(planId, asOf, asOf).stream().flatMap(line -> RiskFinder.indicatorRisk(line)
                        .map(risk -> new TransitionReport.IndicatorAtRisk(line, risk)).stream()).toList(),
                committee.map(c -> c.meetingFrequency().percent()).orElse(null),
                committee.map(c -> c.attendance().percent()).orElse(null),
                ImprovementPlanReportSection.asOf(sources, planId.daneCode(), asOf));
    }

    private List<DecisionLine> openDecisions(String entityCode, LocalDate asOf) {
        try {
            return sources.decisions(entityCode, asOf).stream()
                    .filter(d -> !d.decidedOn().isAfter(asOf) && d.status() == DecisionView.DecisionStatus.OPEN)
                    .map(d -> new DecisionLine(d.id(), d.meetingId(), d.decidedOn(), d.text(), d.responsible(),
                            d.dueDate(), d.status().name(), d.completedOn(), d.overdue())).toList();
        } catch (CommitteeNotFound e) {
            return List.of();
        }
    }

    private Optional<CommitteeIndicators> committeeIndicators(String entityCode, LocalDate asOf) {
        try {
            return sources.committeeIndicators(entityCode, asOf);
        } catch (CommitteeNotFound e) {
            return Optional.empty();
        }
    }

    private static CriterionLine line(CriterionView c) {
        return new CriterionLine(c.code(), c.name(), c.phase().name(), null, c.targetDate(), c.status().name());
    }
}
