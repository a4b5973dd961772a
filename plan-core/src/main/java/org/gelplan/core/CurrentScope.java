package org.gelplan.core;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The entity scope of whoever sends the current request. Every command and query about an entity
 * checks it, so that Mocoa's member cannot touch another municipality.
 */
public final class CurrentScope {

    private CurrentScope() {
    }

    /** The current principal's scope; nothing when nobody (or an anonymous citizen) is signed in. */
    public static EntityScope get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ScopedPrincipal principal) {
            return principal.scope();
        }
        return EntityScope.none();
    }

    /** @throws OutOfScope unless the current principal acts for that entity */
    public static void require(String daneCode) {
        if (!get().covers(daneCode)) {
            throw new OutOfScope(daneCode);
        }
    }
}
