package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A plan registers each action id once; the second registration is refused. */
public class ActionAlreadyRegistered extends DomainRuleViolation {

    public ActionAlreadyRegistered(PlanId planId, ActionId actionId) {
        super(Kind.CONFLICT, "action.already-registered", actionId.value(), planId.value());
    }
}
