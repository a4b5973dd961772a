package org.gelplan.reporting.quarterly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of a quarterly management report (Art. 3): everything in it follows from the plan, the
 * quarter and the record as it stands, never from the moment or the reader (SPEC §7). Serialised to
 * canonical JSON by {@link ReportJson}, that JSON is what is hashed, frozen and published.
 *
 * @param asOf               the quarter's last day: statuses are judged at its end (America/Bogota)
 * @param dueDate            when the report is due (the quarter's end plus the configured days)
 * @param retroactive        facts recorded since the previous published report that change a quarter it covered
 * @param improvementPlan    the entity's plan de mejoramiento at the quarter's end (null in bodies frozen before it was added)
 */
public record QuarterlyReport(String planId, String quarter, LocalDate periodStart, LocalDate asOf, LocalDate dueDate,
                              Entity entity, ResolutionInfo resolution, List<PhaseLine> phases, CriteriaSection criteria,
                              List<IndicatorLine> indicators, CommitteeSection committee, List<ProgressLine> projects,
                              List<ProgressLine> actions, List<RiskLine> atRisk, RetroactiveSection retroactive,
                              ImprovementPlanSection improvementPlan) {

    public record Entity(String daneCode, String name, String department) {
    }

    public record ResolutionInfo(String number, LocalDate date, String title) {
    }

    /** A phase at the quarter's end, with its percentage at the end of this and previous quarters. */
    public record PhaseLine(String code, String name, LocalDate deadline, int targetPercent, int applicable,
                            int fulfilled, int overdue, double percent, String status, List<TrendPoint> trend) {
    }

    public record TrendPoint(String quarter, double percent) {
    }

    /** Criteria whose state changed during the quarter (by effective date), and those overdue at its end. */
    public record CriteriaSection(List<CriterionLine> fulfilled, List<CriterionLine> rescheduled,
                                  List<CriterionLine> revoked, List<CriterionLine> notApplicable,
                                  List<CriterionLine> overdue) {
    }

    /** @param detail the evidence's description, or the reason given */
    public record CriterionLine(String code, String name, String phase, LocalDate date, LocalDate targetDate,
                                String detail) {
    }

    /**
     * A measured indicator against its target: its latest measured period by the quarter's end, the
     * periods that ended without a measurement, and its recent periods for the trend chart.
     */
    public record IndicatorLine(String id, String name, String kind, String period, String target, IndicatorPoint latest,
                                int missingPeriods, List<IndicatorPoint> recent) {
    }

    /** @param status MEASURED or MISSING (never zero for a missing one) */
    public record IndicatorPoint(String period, String status, BigDecimal value, String level,
                                 Double attainmentPercent, Boolean met) {
    }

    public record CommitteeSection(int meetingsHeld, int meetingsCancelled, Double meetingFrequencyPercent,
                                   Double attendancePercent, Double decisionsOnTimePercent, List<MeetingLine> meetings,
                                   List<DecisionLine> decisionsTaken, List<DecisionLine> decisionsCompleted,
                                   List<DecisionLine> decisionsOpen) {
    }

    /** A meeting of the quarter with its attendance: voting members present of those on the committee that day. */
    public record MeetingLine(String id, LocalDate date, String status, int present, int votingMembers,
                              int presentVoting, Boolean quorum, int decisions) {
    }

    public record DecisionLine(String id, String meetingId, LocalDate decidedOn, String text, String responsible,
                               LocalDate dueDate, String status, LocalDate completedOn, boolean overdue) {
    }

    /** A project (Tabla 1) or action (Tabla 7) with the attainment of its indicators at the quarter's end. */
    public record ProgressLine(String id, String name, String phase, int indicators, int measured, int met,
                               Double averageAttainment) {
    }

    /** @param kind PHASE, CRITERION, DECISION or INDICATOR */
    public record RiskLine(String kind, String ref, String name, LocalDate dueDate, String detail) {
    }

    /**
     * @param since the published report they are measured against (its quarter, version and generation), or
     *              null when no earlier report was published
     */
    public record RetroactiveSection(PublishedBasis since, List<RetroactiveChange> changes) {
    }

    public record PublishedBasis(String quarter, int version, Instant generatedAt, String sha256) {
    }

    /** A fact recorded after the basis report was generated, effective on or before that report's quarter end. */
    public record RetroactiveChange(String code, String name, String type, LocalDate effectiveOn, Instant recordedAt,
                                    String affectsQuarter, String detail) {
    }

    /**
     * The entity's plan de mejoramiento as of the quarter's last day: findings and observations recorded
     * on or before it, and their improvement actions opened by then, open or closed and overdue then.
     */
    public record ImprovementPlanSection(int openActions, int closedActions, int overdueActions,
                                         List<FindingLine> findings) {
    }

    /**
     * @param kind FINDING or OBSERVATION
     * @param open a finding with an action still open at the quarter's end, or with none opened yet
     */
    public record FindingLine(String id, String kind, String subjectKind, String subjectId, String text,
                              LocalDate recordedOn, boolean open, List<ImprovementLine> actions) {
    }

    /**
     * @param status          OPEN or CLOSED at the quarter's end
     * @param overdue         open at the quarter's end and due before it
     * @param closureEvidence the evidence of closure as described, with {@code closureFileId} the evidence file if any
     */
    public record ImprovementLine(String id, String description, String responsible, LocalDate openedOn,
                                  LocalDate dueDate, String status, LocalDate closedOn, boolean overdue,
                                  String closureEvidence, String closureFileId) {
    }
}
