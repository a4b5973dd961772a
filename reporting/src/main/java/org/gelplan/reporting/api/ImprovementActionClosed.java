package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An improvement action was carried out on {@code closedOn}, with the evidence of its closure.
 * For an auditor: who recorded the closure (metadata); a closed action stays on record.
 */
@Revision("1")
public record ImprovementActionClosed(ImprovementPlanId planId, String actionId, LocalDate closedOn,
                                      CloseImprovementAction.ClosureEvidence evidence) {
}
