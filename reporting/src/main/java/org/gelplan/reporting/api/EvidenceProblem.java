package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** An evidence file refused or not found; the message key names which rule ({@code evidence.*}). */
public class EvidenceProblem extends DomainRuleViolation {

    public EvidenceProblem(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
