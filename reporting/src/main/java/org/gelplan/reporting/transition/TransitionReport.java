package org.gelplan.reporting.transition;

import org.gelplan.reporting.quarterly.QuarterlyReport.CriterionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.DecisionLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.Entity;
import org.gelplan.reporting.quarterly.QuarterlyReport.ImprovementPlanSection;
import org.gelplan.reporting.quarterly.QuarterlyReport.IndicatorLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.PhaseLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.ResolutionInfo;

import java.time.LocalDate;
import java.util.List;

/**
 * The transition report (empalme, Tabla 7's last action): what an outgoing administration hands to the
 * next one as of a day — the plan's state per phase, criteria overdue and coming due, decisions still
 * open, indicators at risk, and the entity's plan de mejoramiento (findings, improvement actions open,
 * closed and overdue as of the day). Deterministic like a quarterly report: plan, day and record only.
 *
 * @param dueSoon         pending criteria whose target date falls within {@link #HORIZON_DAYS} days after {@code asOf}
 * @param indicatorsAtRisk measured indicators whose last period went unmeasured or whose latest value missed its target
 */
public record TransitionReport(String planId, LocalDate asOf, Entity entity, ResolutionInfo resolution,
                               List<PhaseLine> phases, int pendingCriteria, List<CriterionLine> overdue,
                               List<CriterionLine> dueSoon, List<DecisionLine> openDecisions,
                               List<IndicatorAtRisk> indicatorsAtRisk, Double meetingFrequencyPercent,
                               Double attendancePercent, ImprovementPlanSection improvementPlan) {

    public static final int HORIZON_DAYS = 90;

    /** @param risk MISSING or TARGET_MISSED */
    public record IndicatorAtRisk(IndicatorLine indicator, String risk) {
    }
}
