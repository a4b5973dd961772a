package org.gelplan.compliance.criterion;

import org.gelplan.plan.api.Phase;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What compliance needs to know of a plan: its catalog (hence its criteria), its targets, the deadlines on record. */
@Document("compliance_plans")
record PlanTargetsDocument(@Id String planId, String daneCode, String catalogVersion, Map<Phase, Integer> phaseTargets,
                           Set<Phase> deadlinesReached) {

    PlanTargetsDocument withDeadlineReached(Phase phase) {
        Set<Phase> reached = deadlinesReached == null || deadlinesReached.isEmpty()
                ? EnumSet.noneOf(Phase.class) : EnumSet.copyOf(deadlinesReached);
        reached.add(phase);
        return new PlanTargetsDocument(planId, daneCode, catalogVersion, phaseTargets, reached);
    }

    boolean deadlineReached(Phase phase) {
        return deadlinesReached != null && deadlinesReached.contains(phase);
    }
}
