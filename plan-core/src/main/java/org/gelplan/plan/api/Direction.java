package org.gelplan.plan.api;

/** Which way an indicator improves, which decides how a value is judged against the target. */
public enum Direction {
    /** The target is a floor to reach: attainment is value / target. */
    HIGHER_IS_BETTER,
    /** The target is a ceiling not to exceed ("Cantidad de quejas recibidas: 10/mes"): at or under it is 100%. */
    LOWER_IS_BETTER
}
