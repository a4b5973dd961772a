package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register one action of the plan's operational framework (Tabla 7) under a readable id. */
public record RegisterAction(@TargetAggregateIdentifier PlanId planId, ActionId actionId, PlanAction action) {
}
