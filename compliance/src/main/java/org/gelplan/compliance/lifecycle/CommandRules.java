package org.gelplan.compliance.lifecycle;

import org.axonframework.messaging.MetaData;
import org.gelplan.compliance.api.InvalidCriterionFact;
import org.gelplan.compliance.api.RoleRequired;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.Role;

import java.time.LocalDate;

/** Checks shared by the criterion commands: who may send them, and what their content must hold. */
final class CommandRules {

    private CommandRules() {
    }

    /** People need the role; the system's own components (policies, sweeps, imports) act by design. */
    static void requireRole(MetaData metaData, Role role) {
        if (!Actor.isSystemId(AuditMetaData.actorOf(metaData)) && !AuditMetaData.rolesOf(metaData).contains(role)) {
            throw new RoleRequired(role);
        }
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCriterionFact("criterion.reason-required");
        }
        return reason.strip();
    }

    /** A fact's effective date: it already happened, and not before the catalog's source took effect. */
    static void requirePastFact(LocalDate effectiveOn, LocalDate today, LocalDate catalogInForceSince) {
        if (effectiveOn == null) {
            throw new InvalidCriterionFact("criterion.date-required");
        }
        if (effectiveOn.isAfter(today)) {
            throw new InvalidCriterionFact("criterion.date-in-future", effectiveOn.toString(), today.toString());
        }
        if (effectiveOn.isBefore(catalogInForceSince)) {
            throw new InvalidCriterionFact("criterion.date-before-catalog", effectiveOn.toString(),
                    catalogInForceSince.toString());
        }
    }
}
