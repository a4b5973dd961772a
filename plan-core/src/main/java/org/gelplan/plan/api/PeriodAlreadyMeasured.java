package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** An indicator has one measurement per period; a change to it must be sent as a correction, with a reason. */
public class PeriodAlreadyMeasured extends DomainRuleViolation {

    public PeriodAlreadyMeasured(IndicatorId indicatorId, String period) {
        super(Kind.CONFLICT, "indicator.period-already-measured", indicatorId.value(), period);
    }
}
