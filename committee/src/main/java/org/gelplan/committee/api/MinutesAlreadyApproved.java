package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** A meeting's minutes are approved once. */
public class MinutesAlreadyApproved extends DomainRuleViolation {

    public MinutesAlreadyApproved(MeetingId meetingId, MeetingId atMeeting) {
        super(Kind.CONFLICT, "committee.minutes-already-approved", meetingId.value(), atMeeting.value());
    }
}
