package org.gelplan.plan.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.plan.api.ItemIds;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Project;
import org.gelplan.plan.api.ProjectId;
import org.gelplan.plan.api.RegisterProject;

import java.util.List;

/** A row of Tabla 1 as a plan file writes it (the projects sheet); see {@link Project} for the fields. */
public record ProjectEntry(@NotBlank @Pattern(regexp = ItemIds.PATTERN) @Size(max = 40) String id,
                           @Size(max = 500) String axis, @Size(max = 500) String strategicLine,
                           @NotBlank @Size(max = 2000) String name,
                           @Size(max = 20) List<@NotBlank @Size(max = 2000) String> goals,
                           @Size(max = 2000) String resultIndicator, Phase phase, @Size(max = 500) String phaseCriteria,
                           @Size(max = 20) List<@NotBlank @Size(max = 2000) String> notes) {

    public static ProjectEntry of(String id, Project p) {
        return new ProjectEntry(id, p.axis(), p.strategicLine(), p.name(), p.goals(), p.resultIndicator(), p.phase(),
                p.phaseCriteria(), p.notes());
    }

    public RegisterProject toCommand(PlanId planId) {
        return new RegisterProject(planId, new ProjectId(id),
                new Project(axis, strategicLine, name, goals, resultIndicator, phase, phaseCriteria, notes));
    }
}
