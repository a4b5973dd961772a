package org.gelplan.compliance.api;

import org.gelplan.core.DomainRuleViolation;

/** Only a fulfilled criterion's fulfilment can be revoked. */
public class CriterionNotFulfilled extends DomainRuleViolation {

    public CriterionNotFulfilled(String code) {
        super(Kind.CONFLICT, "criterion.not-fulfilled", code);
    }
}
