package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** The content to freeze does not match its SHA-256. */
public class ReportContentAltered extends DomainRuleViolation {

    public ReportContentAltered() {
        super(Kind.UNPROCESSABLE, "report.content-altered");
    }
}
