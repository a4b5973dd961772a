package org.gelplan.reporting.api;

/** Where a version of a quarter's report stands. */
public enum ReportState {
    /** Frozen by an author, awaiting an editor. */
    SUBMITTED,
    /** Public and immutable. */
    PUBLISHED,
    /** Was published, then replaced by a published correction; still readable. */
    SUPERSEDED
}
