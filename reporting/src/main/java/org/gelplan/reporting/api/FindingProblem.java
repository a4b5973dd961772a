package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** A finding or improvement action command that breaks a rule; the message key names it ({@code finding.*}). */
public class FindingProblem extends DomainRuleViolation {

    public FindingProblem(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
