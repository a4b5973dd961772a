package org.gelplan.plan.api;

import java.util.List;

/** An action of the plan's operational framework (Tabla 7) with the indicators defined for it. */
public record ActionView(String id, String name, PlanAction action, List<IndicatorSummary> indicators) {
}
