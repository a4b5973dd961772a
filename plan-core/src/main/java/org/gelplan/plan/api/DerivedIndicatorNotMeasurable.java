package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A derived indicator is computed by the system from its source; nobody measures it by hand. */
public class DerivedIndicatorNotMeasurable extends DomainRuleViolation {

    public DerivedIndicatorNotMeasurable(IndicatorId indicatorId, String source) {
        super(Kind.UNPROCESSABLE, "indicator.derived-not-measurable", indicatorId.value(), source);
    }
}
