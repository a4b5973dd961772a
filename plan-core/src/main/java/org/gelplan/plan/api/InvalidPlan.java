package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/**
 * A plan that cannot be adopted as written: the message key names the broken rule
 * (e.g. {@code plan.diagnosis.unknown-criterion}) and the arguments the offending entry.
 */
public class InvalidPlan extends DomainRuleViolation {

    public InvalidPlan(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
