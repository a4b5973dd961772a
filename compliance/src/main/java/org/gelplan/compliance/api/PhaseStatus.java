package org.gelplan.compliance.api;

/**
 * A phase judged against the decree's deadline for it (SPEC §2).
 */
public enum PhaseStatus {
    /** The target percentage was reached on or before the deadline. */
    MET,
    /** The target percentage was reached, but after the deadline. */
    MET_LATE,
    /** Before the deadline, not reached yet, and the plan's own target dates still reach it in time. */
    ON_TRACK,
    /** Before the deadline, not reached yet, and the criteria still due by the deadline do not add up to the target. */
    AT_RISK,
    /** The deadline passed without the target being reached. */
    MISSED
}
