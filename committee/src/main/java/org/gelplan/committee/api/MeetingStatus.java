package org.gelplan.committee.api;

/** Where a meeting stands: scheduled, then held or cancelled, never both. */
public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
