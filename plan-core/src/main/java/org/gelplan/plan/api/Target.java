package org.gelplan.plan.api;

import java.math.BigDecimal;

/**
 * What an indicator aims at per period.
 *
 * @param value for RATIO a percentage, for COUNT and FREQUENCY a number per period; {@code null} for QUALITATIVE
 * @param level for QUALITATIVE, the scale level to reach ("Excelente"); {@code null} otherwise
 * @param unit  what the value counts, e.g. "%", "noticias/mes", "reuniones/mes"
 * @param text  the meta as the plan writes it, e.g. "1 cada 2 días", "10/ mes", "Mensual"
 */
public record Target(BigDecimal value, String level, String unit, String text) {
}
