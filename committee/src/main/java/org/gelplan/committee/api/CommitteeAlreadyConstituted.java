package org.gelplan.committee.api;

import org.gelplan.core.DomainRuleViolation;

/** An entity constitutes its committee once; later changes are appointments and removals. */
public class CommitteeAlreadyConstituted extends DomainRuleViolation {

    public CommitteeAlreadyConstituted(String entityCode) {
        super(Kind.CONFLICT, "committee.already-constituted", entityCode);
    }
}
