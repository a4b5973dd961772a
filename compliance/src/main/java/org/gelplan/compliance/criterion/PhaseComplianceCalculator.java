package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PhaseStatus;
import org.gelplan.compliance.criterion.CriterionHistory.StateAt;
import org.gelplan.plan.catalog.CatalogPhase;

import java.time.LocalDate;
import java.util.List;

/**
 * Judges one phase as of a day from its criteria's states on that day. The target is reached when
 * ⌈target% × applicable⌉ criteria are fulfilled; it was reached on the fulfilment date of the
 * criterion that completed that count. Before the deadline, a phase is ON_TRACK when the fulfilled
 * criteria plus the pending ones due between that day and the deadline (by the plan's own target
 * dates) still reach the target, and AT_RISK otherwise: the plan's own schedule no longer gets there
 * in time, because criteria are overdue or scheduled after the deadline. See docs/adr/0003.
 */
final class PhaseComplianceCalculator {

    private PhaseComplianceCalculator() {
    }

    static PhaseCompliance judge(CatalogPhase phase, int targetPercent, List<StateAt> states, LocalDate asOf) {
        LocalDate deadline = phase.territorialDeadline();
        List<StateAt> applicable = states.stream().filter(s -> s.status() != CriterionStatus.NOT_APPLICABLE).toList();
        List<LocalDate> fulfilments = applicable.stream().filter(s -> s.status() == CriterionStatus.FULFILLED)
                .map(StateAt::fulfilledOn).sorted().toList();
        int required = (int) Math.ceil(targetPercent * applicable.size() / 100.0);
        int overdue = (int) applicable.stream().filter(s -> s.overdueOn(asOf)).count();
        LocalDate reachedOn = required > 0 && fulfilments.size() >= required ? fulfilments.get(required - 1) : null;

        PhaseStatus status;
        if (fulfilments.size() >= required) {
            status = reachedOn == null || !reachedOn.isAfter(deadline) ? PhaseStatus.MET : PhaseStatus.MET_LATE;
        } else if (asOf.isAfter(deadline)) {
            status = PhaseStatus.MISSED;
        } else {
            long dueInTime = applicable.stream().filter(s -> s.status().isPending() && s.targetDate() != null
                    && !s.targetDate().isBefore(asOf) && !s.targetDate().isAfter(deadline)).count();
            status = fulfilments.size() + dueInTime >= required ? PhaseStatus.ON_TRACK : PhaseStatus.AT_RISK;
        }
        double percent = applicable.isEmpty() ? 0 : Math.round(1000.0 * fulfilments.size() / applicable.size()) / 10.0;
        return new PhaseCompliance(phase.phase(), phase.name(), deadline, phase.nationalDeadline(), targetPercent,
                states.size(), applicable.size(), states.size() - applicable.size(), fulfilments.size(), overdue,
                percent, status, reachedOn);
    }
}
