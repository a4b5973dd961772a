package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Record a decision taken in a meeting held with quorum; answers the new {@link DecisionId}.
 *
 * @param subjects what it concerns: criterion codes ({@code INF-NORM-02}), action or indicator ids
 * @param dueDate  by when it must be carried out; may lie in the future
 */
public record RecordDecision(@TargetAggregateIdentifier CommitteeId committeeId, MeetingId meetingId, String text,
                             Votes votes, List<String> subjects, MemberId responsible, LocalDate dueDate) {
}
