package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** The quarter's report is published: only a correction, with its reason, can follow it. */
public class ReportAlreadyPublished extends DomainRuleViolation {

    public ReportAlreadyPublished(Quarter quarter, int version) {
        super(Kind.CONFLICT, "report.already-published", quarter.toString(), String.valueOf(version));
    }
}
