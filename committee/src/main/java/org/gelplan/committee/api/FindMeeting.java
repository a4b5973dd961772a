package org.gelplan.committee.api;

/** Query: one meeting, if it was scheduled. */
public record FindMeeting(MeetingId meetingId) {
}
