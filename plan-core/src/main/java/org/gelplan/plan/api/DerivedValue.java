package org.gelplan.plan.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A derived indicator's value for one period, computed on {@code end} (the period's last day, or the
 * as-of day for the running period).
 *
 * @param value null when the record cannot yield it (see {@code note}), e.g. an empty inventory
 */
public record DerivedValue(String period, LocalDate end, BigDecimal value, String note) {
}
