package org.gelplan.plan.api;

import java.util.List;

/** A row of the plan's project matrix (Tabla 1) with the indicators defined for it. */
public record ProjectView(String id, String name, Project project, List<IndicatorSummary> indicators) {
}
