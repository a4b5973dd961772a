package org.gelplan.security;

import java.util.List;
import java.util.Set;
import org.gelplan.core.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Users given in {@code application.yml} or the environment, e.g.
 * {@code GELPLAN_SECURITY_USERS_0_USERNAME=jefe.planeacion},
 * {@code GELPLAN_SECURITY_USERS_0_PASSWORD_HASH={bcrypt}$2a$10$...},
 * {@code GELPLAN_SECURITY_USERS_0_ROLES=PLANNING},
 * {@code GELPLAN_SECURITY_USERS_0_ENTITIES=86001}.
 */
@ConfigurationProperties("gelplan.security")
public record GelSecurityProperties(@DefaultValue List<ConfiguredUser> users) {

    /**
     * @param username     the sign-in name, also the actor id on every event the user causes
     * @param passwordHash a BCrypt hash, with or without the {@code {bcrypt}} prefix; nothing else is accepted
     * @param roles        one or more {@link Role} names
     * @param entities     DANE codes ({@code 86001}), departments ({@code 86}) or {@code *}
     */
    public record ConfiguredUser(String username, String passwordHash, Set<Role> roles, Set<String> entities) {
    }
}
