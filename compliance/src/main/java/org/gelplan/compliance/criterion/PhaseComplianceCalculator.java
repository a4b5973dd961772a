package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PhaseRule;
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
        int required = PhaseRule.required(targetPercent, applicable.size());
        int overdue = (int) applicable.stream().filter(s -> s.overdueOn(asOf)).count();
        LocalDate reachedOn = PhaseRule.reachedOn(required, fulfilments);
        long dueInTime = applicable.stream().filter(s -> s.status().isPending() && s.targetDate() != null
                && !s.targetDate().isBefore(asOf) && !s.targetDate().isAfter(deadline)).count();
        PhaseStatus status = PhaseRule.status(required, fulfilments.size(), reachedOn, dueInTime, deadline, asOf);
        double percent = PhaseRule.percent(fulfilments.size(), applicable.size());
        return new PhaseCompliance(phase.phase(), phase.name(), deadline, phase.nationalDeadline(), targetPercent,
                states.size(), applicable.size(), states.size() - applicable.size(), fulfilments.size(), overdue,
                percent, status, reachedOn);
    }
}
