package org.gelplan.plan.transfer;

import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.adoption.AdoptPlanRequest;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;

import java.util.List;

/**
 * A whole plan as a file holds it (YAML, or an XLSX workbook with one sheet per table): the
 * adoption ({@code plan}, the body of {@code POST /api/v1/plans}: entity, resolution, diagnosis,
 * strategic frame), then Tabla 1's projects, Tabla 7's actions and their indicators.
 */
record PlanFile(String format, AdoptPlanRequest plan, List<ProjectEntry> projects, List<ActionEntry> actions,
                List<IndicatorEntry> indicators) {

    static final String FORMAT = "gelplan-plan/1";

    PlanItems items() {
        return new PlanItems(projects, actions, indicators);
    }
}
