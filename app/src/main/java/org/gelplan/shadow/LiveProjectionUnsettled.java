package org.gelplan.shadow;

import org.gelplan.core.DomainRuleViolation;

/**
 * No consistent position could be compared: the live processor did not reach the shadow's position in
 * time (it is behind, failing, or some of its segments run on another node), or the store kept growing.
 */
class LiveProjectionUnsettled extends DomainRuleViolation {

    LiveProjectionUnsettled(String name, long position) {
        super(Kind.CONFLICT, "audit.projection-unsettled", name, Long.toString(position));
    }
}
