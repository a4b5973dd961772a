package org.gelplan.security.users;

import java.util.Optional;
import org.gelplan.core.EntityScope;
import org.gelplan.security.GelUser;
import org.gelplan.security.GelUserSource;
import org.gelplan.security.UserStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Managed users for sign-in: an enabled user with credentials signs in with their password; a
 * disabled one is unknown (so Basic sign-in fails) and reported disabled (so their sessions and bearer
 * tokens are refused on the next request). After the configured users, before the demo ones.
 */
@Component
@Order(50)
class ManagedUserSource implements GelUserSource, UserStatus {

    private final ManagedUserRepository users;
    private final UserCredentialsRepository credentials;

    ManagedUserSource(ManagedUserRepository users, UserCredentialsRepository credentials) {
        this.users = users;
        this.credentials = credentials;
    }

    @Override
    public Optional<GelUser> findByUsername(String username) {
        if (username == null || !UserRules.USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        return users.findById(username)
                .filter(ManagedUserDocument::enabled)
                .flatMap(user -> credentials.findById(username).map(secret -> new GelUser(username,
                        secret.passwordHash(), user.roles(), new EntityScope(user.entities()))));
    }

    @Override
    public boolean isDisabled(String username) {
        return username != null && UserRules.USERNAME.matcher(username).matches()
                && users.findById(username).map(user -> !user.enabled()).orElse(false);
    }
}
