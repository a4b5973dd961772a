package org.gelplan.reporting.api;

import org.gelplan.core.DomainRuleViolation;

/** A checkpoint must cover more of the chain than the last one witnessed. */
public class CheckpointNotAfterLast extends DomainRuleViolation {

    public CheckpointNotAfterLast(long length, long lastWitnessed) {
        super(Kind.CONFLICT, "audit.checkpoint-not-after-last", Long.toString(length), Long.toString(lastWitnessed));
    }
}
