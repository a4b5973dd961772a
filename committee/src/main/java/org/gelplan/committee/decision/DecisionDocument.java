package org.gelplan.committee.decision;

import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DecisionCompleted;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.DecisionView.DecisionStatus;
import org.gelplan.committee.api.Votes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One decision, keyed by its id: the facts recorded and when they were recorded; its state is judged for
 * the day asked about, and for what the record said at an instant when asked so. Documents written before
 * the recording times were kept have none: their facts count as always known.
 */
@Document("committee_decisions")
record DecisionDocument(@Id String id, String entityCode, int number, String meetingId, LocalDate decidedOn, String text,
                        Votes votes, List<String> subjects, String responsible, LocalDate dueDate,
                        LocalDate completedOn, CompletionEvidence evidence, Instant recordedAt,
                        Instant completionRecordedAt) {

    static DecisionDocument of(DecisionRecorded event, Instant recordedAt) {
        return new DecisionDocument(event.decisionId().value(), event.decisionId().entityCode(), event.decisionId().number(),
                event.meetingId().value(), event.decidedOn(), event.text(), event.votes(), event.subjects(),
                event.responsible().value(), event.dueDate(), null, null, recordedAt, null);
    }

    DecisionDocument completed(DecisionCompleted event, Instant recordedAt) {
        return new DecisionDocument(id, entityCode, number, meetingId, decidedOn, text, votes, subjects, responsible,
                dueDate, event.completedOn(), event.evidence(), this.recordedAt, recordedAt);
    }

    /** Recorded by {@code knownAt}; null asks about everything recorded so far. */
    boolean knownAt(Instant knownAt) {
        return knownAt == null || recordedAt == null || !recordedAt.isAfter(knownAt);
    }

    /** The decision as recorded by {@code knownAt}: a completion recorded later is not yet there. */
    DecisionDocument asKnownAt(Instant knownAt) {
        if (knownAt == null || completionRecordedAt == null || !completionRecordedAt.isAfter(knownAt)) {
            return this;
        }
        return new DecisionDocument(id, entityCode, number, meetingId, decidedOn, text, votes, subjects, responsible,
                dueDate, null, null, recordedAt, null);
    }

    /** Recorded by the end of that day. */
    boolean existedOn(LocalDate asOf) {
        return !decidedOn.isAfter(asOf);
    }

    /** Completed, open or overdue as it stood at the end of that day. */
    DecisionView view(LocalDate asOf) {
        boolean completed = completedOn != null && !completedOn.isAfter(asOf);
        return new DecisionView(id, entityCode, meetingId, decidedOn, text, votes, subjects, responsible, dueDate,
                completed ? DecisionStatus.COMPLETED : DecisionStatus.OPEN, completed ? completedOn : null,
                completed ? evidence : null, completed ? !completedOn.isAfter(dueDate) : null,
                !completed && dueDate.isBefore(asOf), asOf);
    }
}
