package org.gelplan.plan.api;

import java.time.LocalDate;

/**
 * Query: a derived indicator's value per period, from the period holding {@code startsOn} to the one
 * holding {@code asOf}, each computed from the record as it stood at the period's end (or on
 * {@code asOf} for the running one). Answered by the module that owns derived indicators (reporting),
 * so that the plan's indicator view shows them beside the measured ones without depending on it.
 *
 * @param source what the value is computed from, e.g. {@code compliance.phase-percent:INFORMACION}
 */
public record FindDerivedValues(PlanId planId, String source, Periodicity period, LocalDate startsOn, LocalDate asOf) {
}
