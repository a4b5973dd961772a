package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** No such report (or, publicly, no published one) for that plan and quarter. */
public class ReportNotFound extends DomainRuleViolation {

    public ReportNotFound(String planId, String quarter) {
        super(Kind.NOT_FOUND, "report.not-found", planId, quarter);
    }
}
