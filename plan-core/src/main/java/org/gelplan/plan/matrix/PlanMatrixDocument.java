package org.gelplan.plan.matrix;

import org.gelplan.plan.api.ActionView;
import org.gelplan.plan.api.IndicatorSummary;
import org.gelplan.plan.api.PlanAction;
import org.gelplan.plan.api.Project;
import org.gelplan.plan.api.ProjectView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plan's projects (Tabla 1) and actions (Tabla 7), each with its indicators, in registration
 * order, keyed by plan id. Every change replaces the entry with the same id, so handlers are idempotent.
 */
@Document("plan_matrices")
record PlanMatrixDocument(@Id String planId, List<ProjectView> projects, List<ActionView> actions) {

    /** Registers or replaces a project, keeping the indicators it already lists. */
    PlanMatrixDocument withProject(String id, Project project) {
        List<IndicatorSummary> indicators = projects.stream().filter(p -> p.id().equals(id)).findFirst()
                .map(ProjectView::indicators).orElse(List.of());
        return new PlanMatrixDocument(planId, upsert(projects, new ProjectView(id, project.name(), project, indicators),
                ProjectView::id), actions);
    }

    /** Registers or replaces an action, keeping the indicators it already lists. */
    PlanMatrixDocument withAction(String id, PlanAction action) {
        List<IndicatorSummary> indicators = actions.stream().filter(a -> a.id().equals(id)).findFirst()
                .map(ActionView::indicators).orElse(List.of());
        return new PlanMatrixDocument(planId, projects, upsert(actions, new ActionView(id, action.name(), action, indicators),
                ActionView::id));
    }

    PlanMatrixDocument withProjectIndicator(String projectId, IndicatorSummary indicator) {
        return new PlanMatrixDocument(planId, projects.stream().map(p -> p.id().equals(projectId)
                ? new ProjectView(p.id(), p.name(), p.project(), upsert(p.indicators(), indicator, IndicatorSummary::id))
                : p).toList(), actions);
    }

    PlanMatrixDocument withActionIndicator(String actionId, IndicatorSummary indicator) {
        return new PlanMatrixDocument(planId, projects, actions.stream().map(a -> a.id().equals(actionId)
                ? new ActionView(a.id(), a.name(), a.action(), upsert(a.indicators(), indicator, IndicatorSummary::id))
                : a).toList());
    }

    private static <T> List<T> upsert(List<T> entries, T entry, Function<T, String> id) {
        List<T> result = new ArrayList<>(entries);
        for (int i = 0; i < result.size(); i++) {
            if (id.apply(result.get(i)).equals(id.apply(entry))) {
                result.set(i, entry);
                return result;
            }
        }
        result.add(entry);
        return result;
    }
}
