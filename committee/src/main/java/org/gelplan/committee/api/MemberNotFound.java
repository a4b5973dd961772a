package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The committee never appointed anyone under this id. */
public class MemberNotFound extends DomainRuleViolation {

    public MemberNotFound(String memberId) {
        super(Kind.NOT_FOUND, "committee.member-not-found", memberId);
    }
}
