package org.gelplan.compliance.api;

import org.gelplan.core.DomainRuleViolation;

/**
 * A criterion command that breaks a rule on its content: a date in the future or before the
 * catalog existed, a missing reason or evidence. The key names the rule.
 */
public class InvalidCriterionFact extends DomainRuleViolation {

    public InvalidCriterionFact(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
