package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** A cancelled meeting can be neither held nor cancelled again. */
public class MeetingAlreadyCancelled extends DomainRuleViolation {

    public MeetingAlreadyCancelled(MeetingId meetingId) {
        super(Kind.CONFLICT, "committee.meeting-cancelled", meetingId.value());
    }
}
