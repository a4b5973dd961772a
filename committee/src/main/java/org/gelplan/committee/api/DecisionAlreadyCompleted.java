package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

import java.time.LocalDate;

/** A decision is completed once. */
public class DecisionAlreadyCompleted extends DomainRuleViolation {

    public DecisionAlreadyCompleted(DecisionId decisionId, LocalDate completedOn) {
        super(Kind.CONFLICT, "committee.decision-already-completed", decisionId.value(), completedOn.toString());
    }
}
