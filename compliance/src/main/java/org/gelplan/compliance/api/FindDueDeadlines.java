package org.gelplan.compliance.api;

import java.time.LocalDate;

/** Query: every criterion target date and phase deadline before {@code today} not yet recorded as passed. */
public record FindDueDeadlines(LocalDate today) {
}
