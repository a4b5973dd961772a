package org.gelplan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Logs every failed sign-in (HTTP Basic, the login form, a bearer token): the name that was tried
 * and why it failed, never the password, the hash or the token. The same logger as
 * {@link RefusalLogFilter}, so that one logger ({@code org.gelplan.security.audit}) holds both.
 */
@Component
class AuthenticationFailureLog {

    private static final Logger log = LoggerFactory.getLogger("org.gelplan.security.audit");

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent failure) {
        // A bearer token's "principal" is the token itself: never log it.
        String name = failure.getAuthentication() instanceof BearerTokenAuthenticationToken
                ? "(bearer token)" : failure.getAuthentication().getName();
        log.warn("Sign-in failed: user={} reason={}", LogText.safe(name),
                failure.getException().getClass().getSimpleName());
    }
}
