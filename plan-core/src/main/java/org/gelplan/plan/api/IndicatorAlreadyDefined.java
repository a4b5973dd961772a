package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A plan defines each indicator id once; the second definition is refused. */
public class IndicatorAlreadyDefined extends DomainRuleViolation {

    public IndicatorAlreadyDefined(PlanId planId, IndicatorId indicatorId) {
        super(Kind.CONFLICT, "indicator.already-defined", indicatorId.value(), planId.value());
    }
}
