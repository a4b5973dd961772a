package org.gelplan.reporting.evidence;

import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.Role;
import org.gelplan.reporting.api.EvidenceProblem;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

/**
 * Who attaches what (SPEC §1): committee members record fulfilments, minutes and measurements;
 * planning and internal control record findings, so they attach to findings only.
 */
final class EvidenceRoles {

    private EvidenceRoles() {
    }

    static void requireMayAttach(EvidenceSubjectKind kind) {
        if (!mayAttach(kind)) {
            throw new EvidenceProblem(Kind.FORBIDDEN, "evidence.role-not-allowed", kind.name());
        }
    }

    static boolean mayAttach(EvidenceSubjectKind kind) {
        Set<Role> allowed = kind == EvidenceSubjectKind.FINDING
                ? Set.of(Role.PLANNING, Role.CONTROL_INTERNO)
                : Set.of(Role.COMMITTEE_MEMBER, Role.COMMITTEE_LEADER);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(Role::fromAuthority).anyMatch(allowed::contains);
    }
}
