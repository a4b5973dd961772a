package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** A position (cargo) has one holder at a time: remove the holder first. */
public class PositionAlreadyHeld extends DomainRuleViolation {

    public PositionAlreadyHeld(String position, MemberId holder) {
        super(Kind.CONFLICT, "committee.position-already-held", position, holder.value());
    }
}
