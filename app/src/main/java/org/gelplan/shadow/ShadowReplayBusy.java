package org.gelplan.shadow;

import org.gelplan.core.DomainRuleViolation;

/** One shadow replay at a time per node: each reads the whole store and holds a read model in memory. */
class ShadowReplayBusy extends DomainRuleViolation {

    ShadowReplayBusy() {
        super(Kind.CONFLICT, "audit.shadow-replay-busy");
    }
}
