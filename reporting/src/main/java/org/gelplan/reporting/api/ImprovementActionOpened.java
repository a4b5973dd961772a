package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An improvement action was opened for a finding. For the plan: it is due on {@code dueDate} and is
 * overdue from the next day while not closed. For an auditor: who opened it (metadata).
 */
@Revision("1")
public record ImprovementActionOpened(ImprovementPlanId planId, String findingId, String actionId, String description,
                                      String responsible, LocalDate openedOn, LocalDate dueDate) {
}
