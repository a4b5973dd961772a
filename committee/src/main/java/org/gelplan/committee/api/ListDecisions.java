package org.gelplan.committee.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: a committee's decisions in order of recording, as they stood at the end of {@code asOf}.
 *
 * @param status  only open, completed or overdue ones, or all when null
 * @param subject only those concerning this criterion code or indicator id, or all when null
 * @param knownAt only decisions and completions recorded by then; null for everything recorded so far
 */
public record ListDecisions(String entityCode, DecisionFilter status, String subject, LocalDate asOf, Instant knownAt) {

    public ListDecisions(String entityCode, DecisionFilter status, String subject, LocalDate asOf) {
        this(entityCode, status, subject, asOf, null);
    }

    /** Which decisions to list: open (overdue ones included), completed, or overdue only. */
    public enum DecisionFilter { OPEN, COMPLETED, OVERDUE }
}
