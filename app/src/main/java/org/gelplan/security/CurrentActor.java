package org.gelplan.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gelplan.core.Actor;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person on this thread, as an {@link Actor}. Anonymous citizens are nobody here.
 * A principal that is not a {@link GelUser} (an OIDC login later, a test's mock user) keeps its name
 * and roles but acts for no entity until its scope is known.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof GelUser user) {
            return Optional.of(user.actor());
        }
        return Optional.of(new Actor(authentication.getName(), rolesOf(authentication), EntityScope.none()));
    }

    private static Set<Role> rolesOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::fromAuthority)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
