package org.gelplan.reporting.rollup;

import org.gelplan.plan.api.Phase;

import java.time.LocalDate;

/**
 * What the rollup keeps of one criterion: enough to judge its phase on any later day (status at query
 * time, from dates), nothing more. {@code state} is PENDING, FULFILLED or NOT_APPLICABLE.
 */
record RollupCriterion(Phase phase, String state, LocalDate fulfilledOn, LocalDate targetDate) {

    static final String PENDING = "PENDING";
    static final String FULFILLED = "FULFILLED";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    RollupCriterion fulfilled(LocalDate on) {
        return new RollupCriterion(phase, FULFILLED, on, targetDate);
    }

    RollupCriterion pending() {
        return new RollupCriterion(phase, PENDING, null, targetDate);
    }

    RollupCriterion rescheduled(LocalDate newTarget) {
        return new RollupCriterion(phase, state, fulfilledOn, newTarget);
    }

    RollupCriterion notApplicable() {
        return new RollupCriterion(phase, NOT_APPLICABLE, null, targetDate);
    }

    boolean applicable() {
        return !NOT_APPLICABLE.equals(state);
    }

    boolean isFulfilled() {
        return FULFILLED.equals(state);
    }

    boolean isPending() {
        return PENDING.equals(state);
    }
}
