package org.gelplan.core;

/**
 * What a person may do in GEL Plan (SPEC §1). A person may hold several roles, always within an
 * {@link EntityScope}. Spring Security sees each as the authority {@code ROLE_<name>}, so
 * {@code hasRole('ADMIN')} works in {@code @PreAuthorize}.
 */
public enum Role {
    /** Leads the Comité GEL: everything a member does, plus committee changes, reschedules, signing. */
    COMMITTEE_LEADER,
    /** Records fulfilments, measurements, meetings and decisions. */
    COMMITTEE_MEMBER,
    /** Drafts and submits the quarterly report ("clave de Autor"). */
    AUTHOR,
    /** Approves a submitted report for publication ("clave de Editor"), never their own. */
    EDITOR,
    /** Secretaría de Planeación: receives and acknowledges reports, records evaluations. */
    PLANNING,
    /** Oficina de Control Interno: reads and verifies everything, records oversight facts only. */
    CONTROL_INTERNO,
    /** Operator: adopts plans, imports catalogs, manages users. */
    ADMIN;

    private static final String AUTHORITY_PREFIX = "ROLE_";

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The role named by a Spring authority ({@code ROLE_ADMIN}), or {@code null} for any other authority. */
    public static Role fromAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return null;
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
