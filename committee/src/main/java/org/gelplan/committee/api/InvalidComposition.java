package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The members of a constitution or appointment break a composition rule (a leader, members or invitees, positions once); the key names it. */
public class InvalidComposition extends DomainRuleViolation {

    public InvalidComposition(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
