package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register one row of the plan's project matrix (Tabla 1) under a readable id. */
public record RegisterProject(@TargetAggregateIdentifier PlanId planId, ProjectId projectId, Project project) {
}
