package org.gelplan.plan.transfer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;

import java.util.List;

/** A plan's projects (Tabla 1), actions (Tabla 7) and indicators, as plan files hold them. */
record PlanItems(@Size(max = 500) List<@NotNull @Valid ProjectEntry> projects,
                 @Size(max = 500) List<@NotNull @Valid ActionEntry> actions,
                 @Size(max = 2000) List<@NotNull @Valid IndicatorEntry> indicators) {

    PlanItems {
        projects = projects == null ? List.of() : List.copyOf(projects);
        actions = actions == null ? List.of() : List.copyOf(actions);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
