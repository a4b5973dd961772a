package org.gelplan.plan.matrix;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.plan.api.ActionRegistered;
import org.gelplan.plan.api.ActionView;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.IndicatorSummary;
import org.gelplan.plan.api.ListActions;
import org.gelplan.plan.api.ListProjects;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.ProjectRegistered;
import org.gelplan.plan.api.ProjectView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/** The plan matrix read model: Tabla 1 and Tabla 7 of every plan, with their indicators and targets. */
@Component
@ProcessingGroup(PlanMatrixProjection.GROUP)
class PlanMatrixProjection {

    static final String GROUP = "plan-matrix";

    private final PlanMatrixRepository matrices;

    PlanMatrixProjection(PlanMatrixRepository matrices) {
        this.matrices = matrices;
    }

    @EventHandler
    void on(PlanAdopted event) {
        if (!matrices.existsById(event.planId().value())) {
            matrices.save(new PlanMatrixDocument(event.planId().value(), List.of(), List.of()));
        }
    }

    @EventHandler
    void on(ProjectRegistered event) {
        update(event.planId(), matrix -> matrix.withProject(event.projectId().value(), event.project()));
    }

    @EventHandler
    void on(ActionRegistered event) {
        update(event.planId(), matrix -> matrix.withAction(event.actionId().value(), event.action()));
    }

    @EventHandler
    void on(IndicatorDefined event) {
        var d = event.definition();
        IndicatorSummary summary = IndicatorSummary.of(event.indicatorId().value(), d);
        update(event.planId(), matrix -> d.project() != null
                ? matrix.withProjectIndicator(d.project().value(), summary)
                : matrix.withActionIndicator(d.action().value(), summary));
    }

    private void update(PlanId planId, UnaryOperator<PlanMatrixDocument> change) {
        matrices.findById(planId.value()).ifPresent(matrix -> matrices.save(change.apply(matrix)));
    }

    @ResetHandler
    void reset() {
        matrices.deleteAll();
    }

    @QueryHandler
    List<ProjectView> handle(ListProjects query) {
        return matrixOf(query.planId()).projects();
    }

    @QueryHandler
    List<ActionView> handle(ListActions query) {
        return matrixOf(query.planId()).actions();
    }

    private PlanMatrixDocument matrixOf(PlanId planId) {
        return matrices.findById(planId.value()).orElseThrow(() -> new PlanNotFound(planId.value()));
    }
}
