package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** Only a published report can be acknowledged. */
public class ReportNotPublished extends DomainRuleViolation {

    public ReportNotPublished(Quarter quarter) {
        super(Kind.CONFLICT, "report.not-published", quarter.toString());
    }
}
