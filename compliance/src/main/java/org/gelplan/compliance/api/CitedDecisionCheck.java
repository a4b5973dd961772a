package org.gelplan.compliance.api;

import org.gelplan.plan.api.PlanId;

/**
 * The check a reschedule's cited decision must pass before {@link RescheduleCriterion} is sent, shared by
 * the REST controller and the web pages: it must be a decision of the plan's own committee and concern
 * the criterion. A blank citation passes (citing is optional).
 */
public interface CitedDecisionCheck {

    /**
     * @throws org.gelplan.committee.api.DecisionNotFound when the committee has no such decision
     * @throws InvalidCriterionFact                      when the decision does not concern the criterion
     */
    void check(PlanId planId, String code, String decisionId);
}
