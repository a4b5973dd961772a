package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.Evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Folds a criterion's timeline into its state at the end of a day ({@code asOf}, effective time) as
 * the system knew it at an instant ({@code knownAt}, recording time): facts recorded after
 * {@code knownAt} are unknown (no {@code knownAt}: everything recorded counts), facts effective
 * after {@code asOf} have not happened yet. This is
 * exactly what replaying the events recorded up to {@code knownAt} would give for that day.
 */
final class CriterionHistory {

    record StateAt(CriterionStatus status, LocalDate targetDate, LocalDate fulfilledOn, Evidence evidence, String reason) {

        boolean overdueOn(LocalDate asOf) {
            return status.isPending() && targetDate != null && targetDate.isBefore(asOf);
        }
    }

    private CriterionHistory() {
    }

    static StateAt stateAt(CriterionRecord record, LocalDate asOf, Instant knownAt) {
        StateAt state = new StateAt(CriterionStatus.PENDING, null, null, null, null);
        for (CriterionFact fact : record.timeline()) {
            if (knownAt == null || !fact.recordedAt().isAfter(knownAt)) {
                state = apply(state, fact, asOf);
            }
        }
        return state;
    }

    private static StateAt apply(StateAt state, CriterionFact fact, LocalDate asOf) {
        boolean happened = !fact.effectiveOn().isAfter(asOf);
        return switch (fact.type()) {
            case DIAGNOSED_PENDING -> new StateAt(CriterionStatus.PENDING, fact.targetDate(), null, null, null);
            case DIAGNOSED_FULFILLED, FULFILLED -> happened
                    ? new StateAt(CriterionStatus.FULFILLED, state.targetDate(), fact.effectiveOn(), fact.evidence(), null)
                    : state;
            case FULFILMENT_REVOKED -> happened
                    ? new StateAt(CriterionStatus.REVOKED, state.targetDate(), null, null, fact.reason())
                    : state;
            case RESCHEDULED -> happened
                    ? new StateAt(state.status().isPending() ? CriterionStatus.RESCHEDULED : state.status(),
                    fact.targetDate(), state.fulfilledOn(), state.evidence(), fact.reason())
                    : state;
            case MARKED_NOT_APPLICABLE -> happened
                    ? new StateAt(CriterionStatus.NOT_APPLICABLE, state.targetDate(), null, null, fact.reason())
                    : state;
            case DEADLINE_MISSED -> state;
        };
    }

    static CriterionView view(CriterionRecord record, LocalDate asOf, Instant knownAt) {
        StateAt state = stateAt(record, asOf, knownAt);
        return new CriterionView(record.code(), record.name(), record.phase(), record.categoryCode(),
                record.categoryName(), state.status(), state.targetDate(), state.fulfilledOn(), state.evidence(),
                state.reason(), state.overdueOn(asOf));
    }
}
