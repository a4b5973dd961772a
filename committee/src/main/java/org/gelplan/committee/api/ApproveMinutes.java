package org.gelplan.committee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approve the minutes of a held meeting at a later meeting held with quorum. */
public record ApproveMinutes(@TargetAggregateIdentifier CommitteeId committeeId, MeetingId meetingId, MeetingId atMeeting) {
}
