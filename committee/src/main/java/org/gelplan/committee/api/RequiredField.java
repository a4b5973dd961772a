package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The command leaves out something the committee's record needs (a reason, the minutes, the agenda...). */
public class RequiredField extends DomainRuleViolation {

    public RequiredField(String field) {
        super(Kind.UNPROCESSABLE, "committee.field-required", field);
    }
}
