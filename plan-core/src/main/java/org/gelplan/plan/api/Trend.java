package org.gelplan.plan.api;

/** How a measured period compares with the one before it, judged by the indicator's direction. */
public enum Trend {
    IMPROVED, UNCHANGED, WORSENED
}
