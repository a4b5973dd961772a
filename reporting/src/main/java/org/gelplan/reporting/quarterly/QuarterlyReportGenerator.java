package org.gelplan.reporting.quarterly;

import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.ReportState;
import org.gelplan.reporting.api.ReportVersionView;
import org.gelplan.reporting.quarterly.QuarterlyReport.Entity;
import org.gelplan.reporting.quarterly.QuarterlyReport.PhaseLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.PublishedBasis;
import org.gelplan.reporting.quarterly.QuarterlyReport.ResolutionInfo;
import org.gelplan.reporting.quarterly.QuarterlyReport.RetroactiveSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.TrendPoint;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a plan's quarterly report as of the quarter's last day from everything recorded so far.
 * Nothing here reads the clock into the body once the report is due: before that, "today" bounds which
 * indicator measurements had been recorded.
 */
@Component
public class QuarterlyReportGenerator {

    /** Quarters shown in each phase's trend, this one included. */
    private static final int TREND_QUARTERS = 5;

    private final ReportSources sources;
    private final CommitteeReportSection committee;
    private final IndicatorReportSection indicators;
    private final ReportingProperties properties;
    private final Clock clock;

    QuarterlyReportGenerator(ReportSources sources, CommitteeReportSection committee, IndicatorReportSection indicators,
                             ReportingProperties properties, Clock clock) {
        this.sources = sources;
        this.committee = committee;
        this.indicators = indicators;
        this.properties = properties;
        this.clock = clock;
    }

    public QuarterlyReport generate(PlanId planId, Quarter quarter) {
        PlanSummary plan = sources.plan(planId);
        LocalDate asOf = quarter.lastDay();
        PlanCompliance compliance = sources.compliance(planId, asOf);
        List<CriterionDetail> details = sources.criteria(planId, asOf);
        List<CriterionView> criteria = details.stream().map(CriterionDetail::criterion).toList();
        var indicatorLines = indicators.lines(planId, asOf, measurementsRecordedBy(quarter, GelTime.today(clock)));
        var committeeSection = committee.section(planId.daneCode(), quarter);
        PublishedBasis basis = previousPublished(planId, quarter);
        var improvementPlan = ImprovementPlanReportSection.of(sources.improvementPlan(
                ImprovementPlanReportSection.query(plan.entity().daneCode(), quarter)));
        return new QuarterlyReport(planId.value(), quarter.toString(), quarter.firstDay(), asOf,
                properties.dueDate(quarter),
                new Entity(plan.entity().daneCode(), plan.entity().name(), plan.entity().department()),
                new ResolutionInfo(plan.resolution().number(), plan.resolution().date(), plan.resolution().title()),
                phases(planId, quarter, compliance, plan.resolution().date()),
                CriteriaChanges.inQuarter(details, quarter), indicatorLines, committeeSection,
                indicators.projects(planId, indicatorLines), indicators.actions(planId, indicatorLines),
                RiskFinder.risks(quarter, compliance, criteria, committeeSection, indicatorLines, improvementPlan),
                new RetroactiveSection(basis, CriteriaChanges.since(details, basis)), improvementPlan);
    }

    /**
     * Measurements count when recorded by the report's due date (or by today, before it): they are usually
     * recorded after their period ends. plan-core's query ties the recording cut to the series' end, so
     * this also keeps the series short (a daily indicator since 2009 has thousands of periods).
     */
    private LocalDate measurementsRecordedBy(Quarter quarter, LocalDate today) {
        LocalDate due = properties.dueDate(quarter);
        LocalDate cut = today.isBefore(due) ? today : due;
        return cut.isBefore(quarter.lastDay()) ? quarter.lastDay() : cut;
    }

    private List<PhaseLine> phases(PlanId planId, Quarter quarter, PlanCompliance current, LocalDate adoptedOn) {
        List<PlanCompliance> history = new ArrayList<>();
        Quarter first = Quarter.of(adoptedOn);
        for (Quarter q = quarter.previous(); history.size() < TREND_QUARTERS - 1 && q.compareTo(first) >= 0; q = q.previous()) {
            history.add(0, sources.compliance(planId, q.lastDay()));
        }
        history.add(current);
        return current.phases().stream().map(phase -> new PhaseLine(phase.code().name(), phase.name(),
                phase.territorialDeadline(), phase.targetPercent(), phase.applicable(), phase.fulfilled(), phase.overdue(),
                phase.percent(), phase.status().name(), history.stream().map(c -> new TrendPoint(
                        Quarter.of(c.asOf()).toString(), percentOf(c, phase))).toList())).toList();
    }

    private static double percentOf(PlanCompliance compliance, PhaseCompliance phase) {
        return compliance.phases().stream().filter(p -> p.code() == phase.code()).findFirst()
                .map(PhaseCompliance::percent).orElse(0.0);
    }

    /** The newest published version of an earlier quarter: retroactive changes are counted against it. */
    private PublishedBasis previousPublished(PlanId planId, Quarter quarter) {
        return sources.published(planId).stream()
                .filter(v -> v.state() == ReportState.PUBLISHED && v.quarter().compareTo(quarter) < 0)
                .max(Comparator.comparing(ReportVersionView::quarter).thenComparing(ReportVersionView::version))
                .map(v -> new PublishedBasis(v.quarter().toString(), v.version(), v.generatedAt(), v.sha256()))
                .orElse(null);
    }
}
