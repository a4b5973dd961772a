package org.gelplan.plan.indicator;

import java.math.BigDecimal;

/**
 * Bounds on the numbers an indicator takes. A decimal such as {@code 1e999999999} is short to send
 * but enormous to print or divide; no count or percentage of a municipality comes near these bounds.
 */
final class Magnitudes {

    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_FRACTION_DIGITS = 6;

    private Magnitudes() {
    }

    static boolean reasonable(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS && stripped.scale() <= MAX_FRACTION_DIGITS;
    }
}
