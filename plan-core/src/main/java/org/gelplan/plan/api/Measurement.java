package org.gelplan.plan.api;

import java.math.BigDecimal;

/**
 * A value of an indicator for one period, with where it comes from. Which fields it carries
 * depends on the indicator's {@link IndicatorKind}: RATIO numerator and denominator, COUNT and
 * FREQUENCY a whole-number value, QUALITATIVE a level of the scale.
 *
 * @param denominator in an event, the denominator used (a formula's fixed one when the sender gave none)
 * @param value       in an event, the value judged against the target: for RATIO numerator / denominator × 100
 * @param source      where the figures come from, e.g. "Estadísticas del sitio Web municipal"
 */
public record Measurement(BigDecimal numerator, BigDecimal denominator, BigDecimal value, String level,
                          String source, MeasurementEvidence evidence) {
}
