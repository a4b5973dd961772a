package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

import java.time.LocalDate;

/** An appointment ends once; appoint the person again to start a new one. */
public class MemberAlreadyRemoved extends DomainRuleViolation {

    public MemberAlreadyRemoved(MemberId memberId, LocalDate removedOn) {
        super(Kind.CONFLICT, "committee.member-already-removed", memberId.value(), removedOn.toString());
    }
}
