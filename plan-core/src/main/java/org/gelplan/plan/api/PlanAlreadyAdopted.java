package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** One entity adopts one plan per resolution year; the second adoption is refused. */
public class PlanAlreadyAdopted extends DomainRuleViolation {

    public PlanAlreadyAdopted(PlanId planId) {
        super(Kind.CONFLICT, "plan.already-adopted", planId.value());
    }
}
