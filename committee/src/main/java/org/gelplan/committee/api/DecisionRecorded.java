package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee took a decision in a meeting held with quorum.
 *
 * <p>For the plan: something to carry out by {@code dueDate}, by the responsible member, about the
 * subjects (criteria, actions, indicators); a reschedule of a criterion may cite it. For an auditor:
 * the votes, consistent with that meeting's roll call, and who recorded it.
 *
 * @param decidedOn the day the meeting was held
 */
@Revision("1")
public record DecisionRecorded(CommitteeId committeeId, DecisionId decisionId, MeetingId meetingId, LocalDate decidedOn,
                               String text, Votes votes, List<String> subjects, MemberId responsible, LocalDate dueDate) {

    public DecisionRecorded {
        subjects = List.copyOf(subjects);
    }
}
