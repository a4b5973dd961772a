package org.gelplan.compliance.api;

import org.gelplan.core.DomainRuleViolation;
import org.gelplan.core.Role;

/** Rescheduling and not-applicable are the committee leader's; fulfilment and revocation a member's. */
public class RoleRequired extends DomainRuleViolation {

    public RoleRequired(Role role) {
        super(Kind.FORBIDDEN, "criterion.role-required", role.name());
    }
}
