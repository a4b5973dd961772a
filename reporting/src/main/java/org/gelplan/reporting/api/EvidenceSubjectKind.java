package org.gelplan.reporting.api;

/**
 * What an evidence file is attached to, and how the subject's id reads in a path:
 * a criterion's fulfilment {@code 86001-2009:INF-NORM-02}, a meeting's minutes {@code 86001-R001},
 * an indicator's measurement {@code 86001-2009:T7-A1-I1:2010-01}, a finding {@code 86001-H001}.
 */
public enum EvidenceSubjectKind {
    FULFILMENT,
    MINUTES,
    MEASUREMENT,
    FINDING
}
