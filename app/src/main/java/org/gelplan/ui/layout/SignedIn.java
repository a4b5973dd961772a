package org.gelplan.ui.layout;

import org.gelplan.core.Role;
import org.gelplan.core.ScopedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Objects;

/** Who is signed in, as the header shows them and as the pages decide which forms to offer. */
public record SignedIn(String username, List<Role> roles, String entities) {

    public static SignedIn of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof ScopedPrincipal principal)) {
            return null;
        }
        List<Role> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(Role::fromAuthority).filter(Objects::nonNull).sorted().toList();
        return new SignedIn(authentication.getName(), roles, principal.scope().toString());
    }

    public boolean has(String role) {
        return roles.contains(Role.valueOf(role));
    }

    public boolean member() {
        return roles.contains(Role.COMMITTEE_MEMBER);
    }

    public boolean leader() {
        return roles.contains(Role.COMMITTEE_LEADER);
    }
}
