package org.gelplan.reporting.api;

/**
 * What an e-mail reminder is about. REPORT_DUE and REPORT_LATE are reserved for the quarterly report
 * workflow, which sends them once reports exist.
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
