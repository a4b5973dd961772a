package org.gelplan.compliance.api;

import org.gelplan.core.DomainRuleViolation;

/** The plan's catalog has no criterion with that code. */
public class CriterionNotFound extends DomainRuleViolation {

    public CriterionNotFound(String planId, String code) {
        super(Kind.NOT_FOUND, "criterion.not-found", String.valueOf(code), planId);
    }
}
