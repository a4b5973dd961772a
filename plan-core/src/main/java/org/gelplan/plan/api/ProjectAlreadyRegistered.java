package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A plan registers each project id once; the second registration is refused. */
public class ProjectAlreadyRegistered extends DomainRuleViolation {

    public ProjectAlreadyRegistered(PlanId planId, ProjectId projectId) {
        super(Kind.CONFLICT, "project.already-registered", projectId.value(), planId.value());
    }
}
