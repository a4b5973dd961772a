package org.gelplan.reporting.api;

import org.gelplan.core.EntityScope;

import java.time.LocalDate;

/**
 * Query: one page of the multi-entity rollup, entities in DANE-code order.
 *
 * @param department a 2-digit department code, or null for the whole country
 * @param scope      the caller's entity scope: entities outside it are left out
 * @param asOf       the day statuses are judged on (today, by the GelTime clock)
 * @param synthetic  null for every entity, true for synthetic ones only, false for real ones only
 */
public record FindRollup(String department, EntityScope scope, LocalDate asOf, int page, int size, Boolean synthetic) {
}
