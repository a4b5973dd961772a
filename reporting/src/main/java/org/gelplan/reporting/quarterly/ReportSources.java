package org.gelplan.reporting.quarterly;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.FindCommitteeIndicators;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.FindCriteriaTimelines;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.ActionView;
import org.gelplan.plan.api.FindIndicator;
import org.gelplan.plan.api.FindPlanSummary;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListActions;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.ListProjects;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.plan.api.ProjectView;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.ListPublishedReports;
import org.gelplan.reporting.api.ReportVersionView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a report is made of, asked of the modules that own it through their api queries. Every
 * question names the day it is about and asks for everything recorded so far ({@code knownAt} null).
 */
@Component
public class ReportSources {

    private final QueryGateway queries;

    ReportSources(QueryGateway queries) {
        this.queries = queries;
    }

    public PlanSummary plan(PlanId planId) {
        return QueryResults.await(queries.query(new FindPlanSummary(planId), ResponseTypes.optionalInstanceOf(PlanSummary.class)))
                .orElseThrow(() -> new PlanNotFound(planId.value()));
    }

    public PlanCompliance compliance(PlanId planId, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindPlanCompliance(planId, asOf, null),
                ResponseTypes.instanceOf(PlanCompliance.class)));
    }

    public List<CriterionDetail> criteria(PlanId planId, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindCriteriaTimelines(planId, asOf),
                ResponseTypes.multipleInstancesOf(CriterionDetail.class)));
    }

    List<IndicatorOverview> indicators(PlanId planId, LocalDate asOf) {
        return QueryResults.await(queries.query(new ListIndicators(planId, asOf),
                ResponseTypes.multipleInstancesOf(IndicatorOverview.class)));
    }

    Optional<IndicatorDetail> indicator(PlanId planId, String id, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindIndicator(planId, new IndicatorId(id), asOf),
                ResponseTypes.optionalInstanceOf(IndicatorDetail.class)));
    }

    List<MeetingView> meetings(String entityCode, LocalDate from, LocalDate to) {
        return QueryResults.await(queries.query(new ListMeetings(entityCode, null, from, to),
                ResponseTypes.multipleInstancesOf(MeetingView.class)));
    }

    public List<DecisionView> decisions(String entityCode, LocalDate asOf) {
        return QueryResults.await(queries.query(new ListDecisions(entityCode, null, null, asOf),
                ResponseTypes.multipleInstancesOf(DecisionView.class)));
    }

    public Optional<CommitteeIndicators> committeeIndicators(String entityCode, LocalDate asOf) {
        return QueryResults.await(queries.query(new FindCommitteeIndicators(entityCode, asOf),
                ResponseTypes.optionalInstanceOf(CommitteeIndicators.class)));
    }

    List<ProjectView> projects(PlanId planId) {
        return QueryResults.await(queries.query(new ListProjects(planId), ResponseTypes.multipleInstancesOf(ProjectView.class)));
    }

    List<ActionView> actions(PlanId planId) {
        return QueryResults.await(queries.query(new ListActions(planId), ResponseTypes.multipleInstancesOf(ActionView.class)));
    }

    public FindImprovementPlan.Answer improvementPlan(FindImprovementPlan query) {
        return QueryResults.await(queries.query(query, ResponseTypes.instanceOf(FindImprovementPlan.Answer.class)));
    }

    public List<ReportVersionView> published(PlanId planId) {
        return QueryResults.await(queries.query(new ListPublishedReports(planId),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class)));
    }
}
