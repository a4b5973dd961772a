package org.gelplan.committee.rules;

import org.gelplan.committee.api.DecisionId;

import java.time.LocalDate;

/** What the rules need to know of a decision. */
record DecisionState(DecisionId id, LocalDate decidedOn, LocalDate dueDate, LocalDate completedOn) {

    DecisionState completed(LocalDate on) {
        return new DecisionState(id, decidedOn, dueDate, on);
    }
}
