package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** A meeting held without quorum can neither decide nor approve minutes (ADR 0004). */
public class NoQuorum extends DomainRuleViolation {

    public NoQuorum(MeetingId meetingId, int presentVoting, int required) {
        super(Kind.CONFLICT, "committee.no-quorum", meetingId.value(), String.valueOf(presentVoting), String.valueOf(required));
    }
}
