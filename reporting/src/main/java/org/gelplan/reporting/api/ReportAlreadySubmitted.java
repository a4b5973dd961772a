package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** A submitted version awaits publication: publish it before submitting another. */
public class ReportAlreadySubmitted extends DomainRuleViolation {

    public ReportAlreadySubmitted(Quarter quarter, int version) {
        super(Kind.CONFLICT, "report.already-submitted", quarter.toString(), String.valueOf(version));
    }
}
