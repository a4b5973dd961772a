package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** Nothing awaits publication: a report is published only after an author submitted it. */
public class ReportNotSubmitted extends DomainRuleViolation {

    public ReportNotSubmitted(Quarter quarter) {
        super(Kind.CONFLICT, "report.not-submitted", quarter.toString());
    }
}
