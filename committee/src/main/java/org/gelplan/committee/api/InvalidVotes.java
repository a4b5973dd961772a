package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The votes of a decision do not fit the meeting's roll call or do not adopt it; the key names why. */
public class InvalidVotes extends DomainRuleViolation {

    public InvalidVotes(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
