package org.gelplan.compliance.api;

import org.gelplan.core.DomainRuleViolation;

/** The command needs a pending criterion, and this one is fulfilled or not applicable. */
public class CriterionNotPending extends DomainRuleViolation {

    public CriterionNotPending(String code, CriterionStatus status) {
        super(Kind.CONFLICT, "criterion.not-pending", code, status.name());
    }
}
