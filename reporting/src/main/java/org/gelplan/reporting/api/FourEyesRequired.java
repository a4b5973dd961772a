package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** Four eyes: whoever submitted a version may not publish it. */
public class FourEyesRequired extends DomainRuleViolation {

    public FourEyesRequired(String user) {
        super(Kind.FORBIDDEN, "report.four-eyes", user);
    }
}
