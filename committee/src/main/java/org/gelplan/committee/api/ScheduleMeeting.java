package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Schedule a meeting (the date may lie in the future) with its agenda; answers the new {@link MeetingId}. */
public record ScheduleMeeting(@TargetAggregateIdentifier CommitteeId committeeId, LocalDate scheduledFor, List<String> agenda) {
}
