package org.gelplan.plan.transfer;

import org.gelplan.core.DomainRuleViolation;

/** A plan file that cannot be read at all (not YAML, not a workbook); the argument says where it broke. */
class UnreadablePlanFile extends DomainRuleViolation {

    UnreadablePlanFile(String where) {
        super(Kind.UNPROCESSABLE, "plan-file.unreadable", where);
    }
}
