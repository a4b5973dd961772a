package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A measurement that breaks a rule of its indicator (period, fields, range); the message key names the rule. */
public class InvalidMeasurement extends DomainRuleViolation {

    public InvalidMeasurement(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
