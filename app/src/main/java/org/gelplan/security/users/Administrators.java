package org.gelplan.security.users;

import org.gelplan.core.DemoProperties;
import org.gelplan.core.Role;
import org.gelplan.security.GelSecurityProperties;
import org.gelplan.security.GelUserSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who else could still administer the deployment, and which names other user sources already hold.
 * Configured administrators (and the demo {@code admin}) cannot be disabled here, so they always count.
 */
@Component
class Administrators {

    private final ManagedUserRepository users;
    private final GelSecurityProperties configured;
    private final DemoProperties demo;
    private final ObjectProvider<GelUserSource> sources;

    Administrators(ManagedUserRepository users, GelSecurityProperties configured, DemoProperties demo,
                   ObjectProvider<GelUserSource> sources) {
        this.users = users;
        this.configured = configured;
        this.demo = demo;
        this.sources = sources;
    }

    /** Enabled administrators other than this user: managed ones, configured ones and the demo one. */
    int enabledBesides(String username) {
        long managed = users.findAll().stream()
                .filter(user -> user.enabled() && user.roles().contains(Role.ADMIN) && !user.username().equals(username))
                .count();
        long fixed = configured.users().stream().filter(user -> user.roles() != null && user.roles().contains(Role.ADMIN))
                .count();
        return (int) (managed + fixed + (demo.active() ? 1 : 0));
    }

    /** Whether a configured or demo user already has this name (a managed user would be shadowed or shadow them). */
    boolean knownElsewhere(String username) {
        return sources.orderedStream()
                .filter(source -> !(source instanceof ManagedUserSource))
                .anyMatch(source -> source.findByUsername(username).isPresent());
    }
}
