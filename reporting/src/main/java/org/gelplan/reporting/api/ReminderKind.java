package org.gelplan.reporting.api;

/**
 * What an e-mail reminder is about. REPORT_DUE: a quarter's report is due soon and nothing was submitted;
 * REPORT_LATE: its due date passed with nothing submitted.
 */
public enum ReminderKind {
    DEADLINE_APPROACHING,
    DEADLINE_MISSED,
    MEETING_SCHEDULED,
    DECISION_DUE,
    DECISION_OVERDUE,
    REPORT_DUE,
    REPORT_LATE
}
