package org.gelplan.reporting.derived;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A derived indicator's value for one period, computed from the record as it stood at the end of
 * the period (or on the day asked about, for the running period).
 *
 * @param value null when the source cannot yield it yet (see {@code note})
 */
record DerivedPoint(String period, LocalDate end, BigDecimal value, BigDecimal targetValue, Boolean met, String note) {
}
