package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** An inventory change that breaks a rule (a date in the future, a change dated before the last one...). */
public class InvalidInventoryItem extends DomainRuleViolation {

    public InvalidInventoryItem(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
