package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** The published version was already acknowledged. */
public class ReportAlreadyAcknowledged extends DomainRuleViolation {

    public ReportAlreadyAcknowledged(Quarter quarter, int version) {
        super(Kind.CONFLICT, "report.already-acknowledged", quarter.toString(), String.valueOf(version));
    }
}
