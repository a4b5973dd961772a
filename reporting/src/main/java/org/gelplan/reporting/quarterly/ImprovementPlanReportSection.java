package org.gelplan.reporting.quarterly;

import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.reporting.api.ImprovementActionView;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.quarterly.QuarterlyReport.FindingLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.ImprovementLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.ImprovementPlanSection;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan de mejoramiento as a report shows it. The quarterly report: as of the quarter's last day and
 * known at the quarter's end, so a finding or closure recorded later (even dated inside the quarter) never
 * changes this quarter's body; it appears in the next quarter's report instead. The transition report:
 * as of its day, with everything recorded so far (like its other sections).
 */
public final class ImprovementPlanReportSection {

    private ImprovementPlanReportSection() {
    }

    static FindImprovementPlan query(String entityCode, Quarter quarter) {
        return new FindImprovementPlan(entityCode, quarter.lastDay(), quarter.end());
    }

    /** The entity's plan de mejoramiento as of a day, from everything recorded so far. */
    public static ImprovementPlanSection asOf(ReportSources sources, String entityCode, LocalDate day) {
        return of(sources.improvementPlan(new FindImprovementPlan(entityCode, day)));
    }

    static ImprovementPlanSection of(FindImprovementPlan.Answer plan) {
        List<FindingLine> findings = plan.findings().stream().map(ImprovementPlanReportSection::finding).toList();
        int closed = (int) findings.stream().flatMap(f -> f.actions().stream()).filter(a -> a.status().equals("CLOSED")).count();
        return new ImprovementPlanSection(plan.openActions(), closed, plan.overdueActions(), findings);
    }

    private static FindingLine finding(FindingView f) {
        return new FindingLine(f.findingId(), f.kind().name(), f.subjectKind().name(), f.subjectId(), f.text(),
                f.recordedOn(), f.open(), f.actions().stream().map(ImprovementPlanReportSection::action).toList());
    }

    private static ImprovementLine action(ImprovementActionView a) {
        return new ImprovementLine(a.actionId(), a.description(), a.responsible(), a.openedOn(), a.dueDate(), a.status(),
                a.closedOn(), a.overdue(), a.evidence() == null ? null : a.evidence().description(),
                a.evidence() == null ? null : a.evidence().attachmentId());
    }
}
