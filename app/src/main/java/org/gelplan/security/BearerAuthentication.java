package org.gelplan.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A request authenticated by a bearer token: the principal is a {@link GelUser} without password,
 * so that {@link CurrentActor} and the entity scope checks treat it like any other user.
 */
final class BearerAuthentication extends AbstractAuthenticationToken {

    private final GelUser user;
    private final Jwt token;

    BearerAuthentication(GelUser user, Jwt token) {
        super(user.getAuthorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public GelUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
