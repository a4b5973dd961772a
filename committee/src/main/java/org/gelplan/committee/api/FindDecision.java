package org.gelplan.committee.api;

/**
 * Query: one decision with its subjects and state as of today, if it was recorded. Compliance asks
 * it before a reschedule cites a decision: the decision must exist and {@link DecisionView#concerns(String)}
 * the criterion.
 */
public record FindDecision(DecisionId decisionId) {
}
