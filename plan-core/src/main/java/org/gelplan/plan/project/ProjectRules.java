package org.gelplan.plan.project;

import org.gelplan.plan.api.InvalidPlanItem;
import org.gelplan.plan.api.ProjectAlreadyRegistered;
import org.gelplan.plan.api.ProjectRegistered;
import org.gelplan.plan.api.RegisterProject;

import java.util.Set;

/** The rules a row of the project matrix (Tabla 1) must meet to be registered in a plan. */
public final class ProjectRules {

    private ProjectRules() {
    }

    /** @param registered the ids of the plan's projects so far */
    public static ProjectRegistered register(RegisterProject command, Set<String> registered) {
        if (registered.contains(command.projectId().value())) {
            throw new ProjectAlreadyRegistered(command.planId(), command.projectId());
        }
        if (command.project() == null || command.project().name() == null || command.project().name().isBlank()) {
            throw new InvalidPlanItem("project.name-required", command.projectId().value());
        }
        return new ProjectRegistered(command.planId(), command.projectId(), command.project());
    }
}
