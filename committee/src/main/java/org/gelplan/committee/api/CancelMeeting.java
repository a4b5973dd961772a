package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a scheduled meeting that was not held, saying why. */
public record CancelMeeting(@TargetAggregateIdentifier CommitteeId committeeId, MeetingId meetingId, String reason) {
}
