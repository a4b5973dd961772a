package org.gelplan.plan.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of an indicator's attainment series.
 *
 * @param value             the period's value (for RATIO a percentage); {@code null} unless MEASURED
 * @param level             for QUALITATIVE, the period's level
 * @param targetValue       the target it is judged against (numeric kinds)
 * @param targetLevel       the target level (QUALITATIVE)
 * @param attainmentPercent value against target, respecting the direction (a ceiling kept is 100);
 *                          for QUALITATIVE the level's rank against the target's rank, counting from 1
 * @param met               whether the target was reached (or the ceiling kept)
 * @param trend             against the previous period; {@code null} when either of them has no measurement
 * @param corrected         the value is a correction of the period's first measurement
 * @param correctionReason  the reason of the latest correction
 */
public record AttainmentPoint(String period, LocalDate start, LocalDate end, PeriodStatus status, BigDecimal value,
                              String level, BigDecimal targetValue, String targetLevel, Double attainmentPercent,
                              Boolean met, Trend trend, boolean corrected, String correctionReason) {
}
