package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The committee never recorded a decision under this id. */
public class DecisionNotFound extends DomainRuleViolation {

    public DecisionNotFound(String decisionId) {
        super(Kind.NOT_FOUND, "committee.decision-not-found", decisionId);
    }
}
