package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Open an improvement action for a finding: what, who answers for it, by when; answers the action id. */
public record OpenImprovementAction(@TargetAggregateIdentifier ImprovementPlanId planId, String findingId,
                                    String description, String responsible, LocalDate openedOn, LocalDate dueDate) {
}
