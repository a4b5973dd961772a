package org.gelplan.plan.api;

import java.math.BigDecimal;

/**
 * The two counts of a RATIO indicator.
 *
 * @param numerator        what the numerator counts, e.g. "No de técnicas reconocidas"
 * @param denominator      what the denominator counts, e.g. "Total comités conformados"
 * @param fixedDenominator the denominator the formula fixes ("/3 x 100" fixes 3); {@code null} when measured
 * @param partOfWhole      whether the numerator counts a part of the denominator, so it can never exceed it
 *                         (dependencias sistematizadas of all dependencias); not for progress towards a
 *                         fixed goal (beneficiaries may exceed the 80 planned)
 */
public record Ratio(String numerator, String denominator, BigDecimal fixedDenominator, boolean partOfWhole) {
}
