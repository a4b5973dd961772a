package org.gelplan.compliance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The arithmetic of SPEC §2 that judges a phase, shared by every view that shows a phase's status
 * (the plan overview, the multi-entity rollup), so that they never disagree. See docs/adr/0003.
 */
public final class PhaseRule {

    private PhaseRule() {
    }

    /** Criteria to fulfil to reach the target: ⌈target% × applicable⌉. */
    public static int required(int targetPercent, int applicable) {
        return (int) Math.ceil(targetPercent * applicable / 100.0);
    }

    /** fulfilled / applicable × 100 with one decimal; 0 when nothing applies. */
    public static double percent(int fulfilled, int applicable) {
        return applicable == 0 ? 0 : Math.round(1000.0 * fulfilled / applicable) / 10.0;
    }

    /** The day the target was reached: the fulfilment that completed the required count, if any. */
    public static LocalDate reachedOn(int required, List<LocalDate> sortedFulfilments) {
        return required > 0 && sortedFulfilments.size() >= required ? sortedFulfilments.get(required - 1) : null;
    }

    /**
     * The phase's status on {@code asOf}.
     *
     * @param reachedOn the fulfilment date of the criterion that completed the required count, if it was
     * @param dueInTime pending criteria whose target date lies between {@code asOf} and the deadline
     */
    public static PhaseStatus status(int required, int fulfilled, LocalDate reachedOn, long dueInTime,
                                     LocalDate deadline, LocalDate asOf) {
        if (fulfilled >= required) {
            return reachedOn == null || !reachedOn.isAfter(deadline) ? PhaseStatus.MET : PhaseStatus.MET_LATE;
        }
        if (asOf.isAfter(deadline)) {
            return PhaseStatus.MISSED;
        }
        return fulfilled + dueInTime >= required ? PhaseStatus.ON_TRACK : PhaseStatus.AT_RISK;
    }
}
