package org.gelplan.plan.matrix;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.ActionView;
import org.gelplan.plan.api.ListActions;
import org.gelplan.plan.api.ListProjects;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.ProjectView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The plan's project matrix (Tabla 1) and operational framework (Tabla 7), for anyone signed in to its entity. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
class PlanMatrixController {

    private final QueryGateway queries;

    PlanMatrixController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/projects")
    List<ProjectView> projects(@PathVariable String planId) {
        return QueryResults.await(queries.query(new ListProjects(PlanId.inCallersScope(planId)),
                ResponseTypes.multipleInstancesOf(ProjectView.class)));
    }

    @GetMapping("/actions")
    List<ActionView> actions(@PathVariable String planId) {
        return QueryResults.await(queries.query(new ListActions(PlanId.inCallersScope(planId)),
                ResponseTypes.multipleInstancesOf(ActionView.class)));
    }
}
