package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** A path names a quarter that cannot exist (not {@code YYYY-Qn}). */
public class QuarterNotFound extends DomainRuleViolation {

    public QuarterNotFound(String quarter) {
        super(Kind.NOT_FOUND, "report.quarter-not-found", quarter);
    }
}
