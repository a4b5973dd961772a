package org.gelplan.reporting.api;

import java.time.LocalDate;

/**
 * An improvement action as of a day.
 *
 * @param status  OPEN or CLOSED as of the day
 * @param overdue open as of the day and its due date has passed
 */
public record ImprovementActionView(String actionId, String description, String responsible, LocalDate openedOn,
                                    LocalDate dueDate, String status, LocalDate closedOn,
                                    CloseImprovementAction.ClosureEvidence evidence, boolean overdue) {
}
