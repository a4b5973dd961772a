package org.gelplan.reporting.api;

/**
 * What an evaluation is about, and how its id reads: a criterion {@code 86001-2009:INF-NORM-02}, an
 * indicator {@code 86001-2009:T7-A1-I1}, a meeting {@code 86001-R001}, a quarterly report
 * {@code 86001-2009:2010-Q1}, or the plan as a whole {@code 86001-2009}.
 */
public enum FindingSubjectKind {
    CRITERION,
    INDICATOR,
    MEETING,
    REPORT,
    PLAN
}
