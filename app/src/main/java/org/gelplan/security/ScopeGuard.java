package org.gelplan.security;

import org.gelplan.core.CurrentScope;
import org.gelplan.core.OutOfScope;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Checks that the signed-in user acts for a territorial entity (the rule itself is
 * {@link CurrentScope}, which modules use directly). Controllers call
 * {@code scopeGuard.check(entityCode)} before sending a command or answering a query; in
 * {@code @PreAuthorize} the same rule reads {@code @scopeGuard.covers(#entityCode)}.
 */
@Component("scopeGuard")
public class ScopeGuard {

    /** Throws {@link OutOfScope} (403) unless the current user's scope covers the DANE code. */
    public void check(String daneCode) {
        if (!covers(daneCode)) {
            CurrentActor.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign in first"));
            throw new OutOfScope(daneCode);
        }
    }

    public boolean covers(String daneCode) {
        return CurrentScope.get().covers(daneCode);
    }
}
