package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The roll call of a meeting is inconsistent (a person twice, a delegate who is not present or not needed); the key names it. */
public class InvalidRollCall extends DomainRuleViolation {

    public InvalidRollCall(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
