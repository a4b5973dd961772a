package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** Someone named in a command was not on the committee on the day it concerns; the key names in which role. */
public class NotOnCommittee extends DomainRuleViolation {

    public NotOnCommittee(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
