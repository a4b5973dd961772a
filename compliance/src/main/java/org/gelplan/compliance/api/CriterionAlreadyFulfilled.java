package org.gelplan.compliance.api;

import org.gelplan.core.DomainRuleViolation;

/** A fulfilled criterion cannot be fulfilled again (revoke it first if the first record was wrong). */
public class CriterionAlreadyFulfilled extends DomainRuleViolation {

    public CriterionAlreadyFulfilled(String code, String fulfilledOn) {
        super(Kind.CONFLICT, "criterion.already-fulfilled", code, fulfilledOn);
    }
}
