package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** A quarter's report can be submitted only once the quarter has ended. */
public class QuarterNotEnded extends DomainRuleViolation {

    public QuarterNotEnded(Quarter quarter) {
        super(Kind.UNPROCESSABLE, "report.quarter-not-ended", quarter.toString(), quarter.lastDay().toString());
    }
}
