package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The committee never scheduled a meeting under this id. */
public class MeetingNotFound extends DomainRuleViolation {

    public MeetingNotFound(String meetingId) {
        super(Kind.NOT_FOUND, "committee.meeting-not-found", meetingId);
    }
}
