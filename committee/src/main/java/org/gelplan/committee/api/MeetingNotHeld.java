package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** Decisions and approvals need a meeting that was held. */
public class MeetingNotHeld extends DomainRuleViolation {

    public MeetingNotHeld(MeetingId meetingId) {
        super(Kind.CONFLICT, "committee.meeting-not-held", meetingId.value());
    }
}
