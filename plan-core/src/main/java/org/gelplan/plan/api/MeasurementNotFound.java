package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A correction needs a measured period to correct. */
public class MeasurementNotFound extends DomainRuleViolation {

    public MeasurementNotFound(IndicatorId indicatorId, String period) {
        super(Kind.NOT_FOUND, "indicator.measurement-not-found", indicatorId.value(), period);
    }
}
