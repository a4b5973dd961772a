package org.gelplan.compliance.lifecycle;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.plan.api.Phase;

import java.time.LocalDate;

/** What the compliance aggregate needs to know of one criterion to decide on the next command. */
record TrackedCriterion(Phase phase, CriterionStatus status, LocalDate targetDate, LocalDate fulfilledOn,
                        LocalDate missedTarget) {

    TrackedCriterion fulfilled(LocalDate on) {
        return new TrackedCriterion(phase, CriterionStatus.FULFILLED, targetDate, on, missedTarget);
    }

    TrackedCriterion revoked() {
        return new TrackedCriterion(phase, CriterionStatus.REVOKED, targetDate, null, missedTarget);
    }

    TrackedCriterion rescheduled(LocalDate newTarget) {
        return new TrackedCriterion(phase, CriterionStatus.RESCHEDULED, newTarget, fulfilledOn, missedTarget);
    }

    TrackedCriterion notApplicable() {
        return new TrackedCriterion(phase, CriterionStatus.NOT_APPLICABLE, targetDate, null, missedTarget);
    }

    TrackedCriterion missed(LocalDate target) {
        return new TrackedCriterion(phase, status, targetDate, fulfilledOn, target);
    }
}
