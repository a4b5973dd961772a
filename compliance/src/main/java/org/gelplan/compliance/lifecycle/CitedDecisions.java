package org.gelplan.compliance.lifecycle;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionNotFound;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindDecision;
import org.gelplan.compliance.api.CitedDecisionCheck;
import org.gelplan.compliance.api.InvalidCriterionFact;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.springframework.stereotype.Component;

/**
 * A reschedule may cite a committee decision: it must be a decision of the plan's own committee,
 * and it must concern the criterion being rescheduled.
 */
@Component
class CitedDecisions implements CitedDecisionCheck {

    private final QueryGateway queries;

    CitedDecisions(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public void check(PlanId planId, String code, String cited) {
        if (cited == null || cited.isBlank()) {
            return;
        }
        DecisionId decisionId = DecisionId.named(planId.daneCode(), cited);
        DecisionView decision = QueryResults.await(queries.query(new FindDecision(decisionId),
                ResponseTypes.optionalInstanceOf(DecisionView.class))).orElseThrow(() -> new DecisionNotFound(cited));
        if (!decision.concerns(code)) {
            throw new InvalidCriterionFact("criterion.decision-unrelated", cited, code);
        }
    }
}
