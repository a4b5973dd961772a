package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** The plan has no indicator with this id. */
public class IndicatorNotFound extends DomainRuleViolation {

    public IndicatorNotFound(String planId, String indicatorId) {
        super(Kind.NOT_FOUND, "indicator.not-found", indicatorId, planId);
    }
}
