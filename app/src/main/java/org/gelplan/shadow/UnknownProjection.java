package org.gelplan.shadow;

import org.gelplan.core.DomainRuleViolation;

/** No read-model processor has that name (see {@code GET /api/v1/audit/projections}). */
class UnknownProjection extends DomainRuleViolation {

    UnknownProjection(String name) {
        super(Kind.NOT_FOUND, "audit.projection-unknown", name);
    }
}
