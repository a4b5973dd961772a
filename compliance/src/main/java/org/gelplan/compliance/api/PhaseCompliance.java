package org.gelplan.compliance.api;

import org.gelplan.plan.api.Phase;

import java.time.LocalDate;

/**
 * One phase of a plan as of a day.
 *
 * @param code          the phase
 * @param name          its Spanish name
 * @param territorialDeadline the decree's deadline for territorial entities, against which the phase is judged
 * @param nationalDeadline    the decree's deadline for national entities, for reference
 * @param applicable    criteria of the phase that apply (all but the not-applicable ones)
 * @param notApplicable criteria declared not applicable to the entity
 * @param percent       fulfilled / applicable × 100, one decimal; 0 when nothing applies
 * @param reachedOn     the day the target was reached, if it was
 */
public record PhaseCompliance(Phase code, String name, LocalDate territorialDeadline, LocalDate nationalDeadline,
                              int targetPercent, int criteria, int applicable, int notApplicable, int fulfilled, int overdue,
                              double percent, PhaseStatus status, LocalDate reachedOn) {
}
