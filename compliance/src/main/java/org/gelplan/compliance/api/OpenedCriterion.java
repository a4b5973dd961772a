package org.gelplan.compliance.api;

import org.gelplan.plan.api.Phase;

import java.time.LocalDate;

/**
 * A criterion as the diagnosis left it: fulfilled on the diagnosis date, or pending until its target date.
 */
public record OpenedCriterion(String code, Phase phase, boolean fulfilled, LocalDate targetDate) {
}
