package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** One person at a time leads the committee, and one answers for control interno: remove the holder first. */
public class RoleAlreadyHeld extends DomainRuleViolation {

    public RoleAlreadyHeld(CommitteeRole role, MemberId holder) {
        super(Kind.CONFLICT, "committee.role-already-held", role.name(), holder.value());
    }
}
