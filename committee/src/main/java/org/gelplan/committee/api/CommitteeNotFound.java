package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** The entity has no committee on record (or the code is not a DANE code). */
public class CommitteeNotFound extends DomainRuleViolation {

    public CommitteeNotFound(String entityCode) {
        super(Kind.NOT_FOUND, "committee.not-found", entityCode);
    }
}
