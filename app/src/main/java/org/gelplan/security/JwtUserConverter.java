package org.gelplan.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gelplan.core.Actor;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified JWT into a {@link GelUser}: user name, GEL Plan roles and entity scope from the
 * claims named by {@link JwtClaimsProperties}. A token naming a user that an ADMIN disabled here is
 * refused, as is a token with a malformed entity scope or a {@code system:} name that would pass
 * for the application itself (401, never a 500).
 */
class JwtUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtClaimsProperties claims;
    private final UserStatus status;

    JwtUserConverter(JwtClaimsProperties claims, UserStatus status) {
        this.claims = claims;
        this.status = status;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.hasClaim(claims.usernameClaim()) ? jwt.getClaimAsString(claims.usernameClaim())
                : jwt.getSubject();
        if (username == null || username.isBlank() || username.length() > 128 || Actor.isSystemId(username)) {
            throw new InvalidBearerTokenException("token names no user, or a reserved one");
        }
        if (status.isDisabled(username)) {
            throw new InvalidBearerTokenException("user is disabled");
        }
        GelUser user = new GelUser(username, null, roles(jwt), scope(jwt));
        return new BearerAuthentication(user, jwt);
    }

    private Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object value = path(jwt.getClaims(), claims.rolesClaim());
        if (value instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    private EntityScope scope(Jwt jwt) {
        Object value = jwt.getClaims().get(claims.entitiesClaim());
        try {
            if (value instanceof Collection<?> entries) {
                Set<String> codes = new HashSet<>();
                entries.forEach(entry -> codes.add(String.valueOf(entry).trim()));
                return new EntityScope(codes);
            }
            return value instanceof String text ? EntityScope.parse(text) : EntityScope.none();
        } catch (IllegalArgumentException malformed) {
            throw new InvalidBearerTokenException("malformed " + claims.entitiesClaim() + " claim");
        }
    }

    /** Follows a dotted path ({@code realm_access.roles}) through nested JSON objects. */
    private static Object path(Map<String, Object> claims, String dotted) {
        Object current = claims;
        for (String step : dotted.split("\\.")) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(step);
        }
        return current;
    }
}
