package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The minutes of a held meeting were approved at a later meeting held with quorum.
 *
 * <p>For the plan: the meeting's record is final. For an auditor: at which meeting, on which day.
 */
@Revision("1")
public record MinutesApproved(CommitteeId committeeId, MeetingId meetingId, MeetingId atMeeting, LocalDate approvedOn) {
}
