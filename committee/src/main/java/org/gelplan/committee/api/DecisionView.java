package org.gelplan.committee.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as it stood at the end of {@code asOf}.
 *
 * @param subjects        the criterion codes, action or indicator ids it concerns
 * @param responsible     the member id of whoever must carry it out
 * @param completedOn     null while open on {@code asOf}
 * @param completedOnTime null while open; else whether completed by the due date
 * @param overdue         open and past its due date on {@code asOf}
 */
public record DecisionView(String id, String entityCode, String meetingId, LocalDate decidedOn, String text, Votes votes,
                           List<String> subjects, String responsible, LocalDate dueDate, DecisionStatus status,
                           LocalDate completedOn, CompletionEvidence evidence, Boolean completedOnTime, boolean overdue,
                           LocalDate asOf) {

    /** Whether it concerns that criterion code or indicator id (exactly as written, ignoring case). */
    public boolean concerns(String subject) {
        return subject != null && subjects.stream().anyMatch(subject::equalsIgnoreCase);
    }

    public enum DecisionStatus { OPEN, COMPLETED }
}
