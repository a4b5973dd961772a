package org.gelplan.ui;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.FindCriteria;
import org.gelplan.compliance.api.FindCriterion;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.CurrentScope;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindPlanSummary;
import org.gelplan.plan.api.ListPlanSummaries;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.PlanSummary;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The queries the pages ask about a plan, each checked against the caller's entity scope as the API does. */
@Component
public class PlanQueries {

    private final QueryGateway queries;

    PlanQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public List<PlanSummary> plans() {
        return QueryResults.await(queries.query(new ListPlanSummaries(CurrentScope.get()),
                ResponseTypes.multipleInstancesOf(PlanSummary.class)));
    }

    /** The entity's name as its plans give it, for headings; its DANE code when the caller sees no plan of it. */
    public String entityName(String entityCode) {
        return plans().stream().filter(p -> p.entity().daneCode().equals(entityCode))
                .map(p -> p.entity().name()).findFirst().orElse(entityCode);
    }

    public PlanSummary summary(String planId) {
        PlanId id = PlanId.inCallersScope(planId);
        return QueryResults.await(queries.query(new FindPlanSummary(id), ResponseTypes.optionalInstanceOf(PlanSummary.class)))
                .orElseThrow(() -> new PlanNotFound(planId));
    }

    public PlanCompliance compliance(String planId, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindPlanCompliance(PlanId.inCallersScope(planId), asOf, null),
                ResponseTypes.instanceOf(PlanCompliance.class)));
    }

    public List<CriterionView> criteria(String planId, Phase phase, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindCriteria(PlanId.inCallersScope(planId), phase, null, false, asOf, null),
                ResponseTypes.multipleInstancesOf(CriterionView.class)));
    }

    public CriterionDetail criterion(String planId, String code, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindCriterion(PlanId.inCallersScope(planId), code, asOf, null),
                ResponseTypes.instanceOf(CriterionDetail.class)));
    }
}
