package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** A correction needs a published version to correct. */
public class NothingToCorrect extends DomainRuleViolation {

    public NothingToCorrect(Quarter quarter) {
        super(Kind.CONFLICT, "report.nothing-to-correct", quarter.toString());
    }
}
