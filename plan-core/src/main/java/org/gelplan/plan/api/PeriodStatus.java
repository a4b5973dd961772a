package org.gelplan.plan.api;

/** Where a period of an indicator's series stands. */
public enum PeriodStatus {
    /** It has a measurement (possibly corrected). */
    MEASURED,
    /** It has ended without a measurement: shown as missing, never as zero. */
    MISSING,
    /** It is still running and has no measurement yet. */
    OPEN
}
