package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** No plan was adopted under this id. */
public class PlanNotFound extends DomainRuleViolation {

    public PlanNotFound(String planId) {
        super(Kind.NOT_FOUND, "plan.not-found", planId);
    }
}
