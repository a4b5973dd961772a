package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** The length and head to witness are not what the chain holds (a typo, or a chain that changed). */
public class CheckpointNotInChain extends DomainRuleViolation {

    public CheckpointNotInChain(long length, String head) {
        super(Kind.CONFLICT, "audit.checkpoint-not-in-chain", Long.toString(length), head);
    }
}
