package org.gelplan.compliance.lifecycle;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.PhaseDeadlineReached;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The phase deadlines a plan has passed, each recorded once with the compliance reached by then. */
class PhaseDeadlines {

    private Map<Phase, Integer> targets = new EnumMap<>(Phase.class);
    private Set<Phase> reached = EnumSet.noneOf(Phase.class);

    PhaseDeadlines() {
    }

    PhaseDeadlines(Map<Phase, Integer> targets) {
        this.targets = new EnumMap<>(targets);
    }

    Optional<PhaseDeadlineReached> reach(PlanId planId, Phase phase, LocalDate deadline,
                                         Collection<TrackedCriterion> criteria, LocalDate today) {
        if (reached.contains(phase) || !deadline.isBefore(today)) {
            return Optional.empty();
        }
        var applicable = criteria.stream().filter(c -> c.phase() == phase)
                .filter(c -> c.status() != CriterionStatus.NOT_APPLICABLE).toList();
        int fulfilled = (int) applicable.stream().filter(c -> c.status() == CriterionStatus.FULFILLED
                && !c.fulfilledOn().isAfter(deadline)).count();
        int target = targets.getOrDefault(phase, 100);
        double percent = applicable.isEmpty() ? 0 : Math.round(1000.0 * fulfilled / applicable.size()) / 10.0;
        boolean met = fulfilled >= Math.ceil(target * applicable.size() / 100.0);
        return Optional.of(new PhaseDeadlineReached(planId, phase, deadline, applicable.size(), fulfilled, percent,
                target, met));
    }

    void reached(Phase phase) {
        reached.add(phase);
    }
}
