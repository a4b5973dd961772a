package org.gelplan.plan.api;

/** How an indicator is measured, which decides what a measurement carries and how it is judged. */
public enum IndicatorKind {
    /** Numerator / denominator × 100, in percent ("No de técnicas reconocidas /3 x 100"); see {@link Ratio}. */
    RATIO,
    /** How many things happened in the period, as a whole number ("Cantidad de quejas recibidas: 10/mes"). */
    COUNT,
    /** How many times a recurring activity took place in the period ("Mensual": one meeting a month). */
    FREQUENCY,
    /** A level of an ordered scale ("Excelente"); the indicator names its levels, worst first. */
    QUALITATIVE
}
