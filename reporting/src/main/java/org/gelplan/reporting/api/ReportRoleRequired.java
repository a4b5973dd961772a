package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** Each step of the publication workflow belongs to one role (SPEC §1). */
public class ReportRoleRequired extends DomainRuleViolation {

    public ReportRoleRequired(org.gelplan.core.Role role) {
        super(Kind.FORBIDDEN, "report.role-required", role.name());
    }
}
