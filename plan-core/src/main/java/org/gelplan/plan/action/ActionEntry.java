package org.gelplan.plan.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.plan.api.ActionId;
import org.gelplan.plan.api.ItemIds;
import org.gelplan.plan.api.PlanAction;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.RegisterAction;

import java.util.List;

/** An action of Tabla 7 as a plan file writes it (the actions sheet); see {@link PlanAction} for the fields. */
public record ActionEntry(@NotBlank @Pattern(regexp = ItemIds.PATTERN) @Size(max = 40) String id,
                          @NotBlank @Size(max = 2000) String name,
                          @Size(max = 30) List<@NotBlank @Size(max = 2000) String> benefits,
                          @Size(max = 30) List<@NotBlank @Size(max = 2000) String> managementIndicators,
                          @Size(max = 30) List<@NotBlank @Size(max = 2000) String> goals,
                          @Size(max = 30) List<@NotBlank @Size(max = 2000) String> activities,
                          @Size(max = 30) List<@NotBlank @Size(max = 2000) String> responsibles,
                          @Size(max = 30) List<@NotBlank @Size(max = 2000) String> resources,
                          @Size(max = 100) String duration,
                          @Size(max = 20) List<@NotBlank @Size(max = 2000) String> notes) {

    public static ActionEntry of(String id, PlanAction a) {
        return new ActionEntry(id, a.name(), a.benefits(), a.managementIndicators(), a.goals(), a.activities(),
                a.responsibles(), a.resources(), a.duration(), a.notes());
    }

    public RegisterAction toCommand(PlanId planId) {
        return new RegisterAction(planId, new ActionId(id), new PlanAction(name, benefits, managementIndicators, goals,
                activities, responsibles, resources, duration, notes));
    }
}
