package org.gelplan.compliance.api;

/** Where a criterion of a plan stands. Overdue is not a status: it is a pending criterion past its target date. */
public enum CriterionStatus {
    /** Not yet fulfilled; has a target date. */
    PENDING,
    /** Pending with a target date moved by the committee. */
    RESCHEDULED,
    /** Fulfilled on a date, with evidence. */
    FULFILLED,
    /** Was fulfilled, the fulfilment was revoked; pending again. */
    REVOKED,
    /** Does not apply to this entity (with the reason); left out of the phase percentage. */
    NOT_APPLICABLE;

    public boolean isPending() {
        return this == PENDING || this == RESCHEDULED || this == REVOKED;
    }
}
