package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

import java.time.LocalDate;

/** A meeting is held once, and a held meeting cannot be cancelled. */
public class MeetingAlreadyHeld extends DomainRuleViolation {

    public MeetingAlreadyHeld(MeetingId meetingId, LocalDate heldOn) {
        super(Kind.CONFLICT, "committee.meeting-already-held", meetingId.value(), heldOn.toString());
    }
}
