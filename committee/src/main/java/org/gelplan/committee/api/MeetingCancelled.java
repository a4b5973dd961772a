package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A scheduled meeting was cancelled before being held.
 *
 * <p>For the plan: it will not be held and counts for nothing. For an auditor: when and why.
 */
@Revision("1")
public record MeetingCancelled(CommitteeId committeeId, MeetingId meetingId, LocalDate cancelledOn, String reason) {
}
