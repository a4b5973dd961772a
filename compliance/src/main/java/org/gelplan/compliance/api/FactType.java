package org.gelplan.compliance.api;

/** The kinds of fact in a criterion's timeline. */
public enum FactType {
    /** The diagnosis found it fulfilled. */
    DIAGNOSED_FULFILLED,
    /** The diagnosis found it pending, with a target date. */
    DIAGNOSED_PENDING,
    FULFILLED,
    FULFILMENT_REVOKED,
    RESCHEDULED,
    MARKED_NOT_APPLICABLE,
    DEADLINE_MISSED
}
