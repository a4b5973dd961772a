package org.gelplan.plan.api;

import java.time.LocalDate;

/**
 * One answered line of the diagnosis: a criterion, a category note or a maturity-grid cell.
 *
 * @param code       the catalog code of the criterion, category or cell
 * @param answer     SI (fulfilled at the diagnosis) or NO (pending)
 * @param targetDate for a NO, the date the entity committed to; may lie in the future
 */
public record DiagnosisAnswer(String code, Answer answer, LocalDate targetDate) {
}
