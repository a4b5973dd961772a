package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A project, action or indicator that cannot be recorded as written; the message key names the broken rule. */
public class InvalidPlanItem extends DomainRuleViolation {

    public InvalidPlanItem(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
