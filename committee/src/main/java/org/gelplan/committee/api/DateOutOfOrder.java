package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** Two dates of the committee's record are in the wrong order (held before scheduled, removed before appointed...); the key names which. */
public class DateOutOfOrder extends DomainRuleViolation {

    public DateOutOfOrder(String messageKey, Object... arguments) {
        super(Kind.UNPROCESSABLE, messageKey, arguments);
    }
}
