package org.gelplan.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo users, one per role of SPEC §1, each with their user name as password, acting for Mocoa
 * ({@code 86001}); {@code admin} operates the whole deployment ({@code *}).
 */
public class DemoUserSource implements GelUserSource {

    private static final Logger log = LoggerFactory.getLogger(DemoUserSource.class);
    private static final EntityScope MOCOA = EntityScope.of("86001");

    private final Map<String, GelUser> templates = new LinkedHashMap<>();

    public DemoUserSource(PasswordEncoder encoder) {
        add(encoder, "admin", EntityScope.national(), Role.ADMIN);
        add(encoder, "lider", MOCOA, Role.COMMITTEE_LEADER, Role.COMMITTEE_MEMBER);
        add(encoder, "miembro", MOCOA, Role.COMMITTEE_MEMBER);
        add(encoder, "autor", MOCOA, Role.AUTHOR);
        add(encoder, "editor", MOCOA, Role.EDITOR);
        add(encoder, "planeacion", MOCOA, Role.PLANNING);
        add(encoder, "control", MOCOA, Role.CONTROL_INTERNO);
        log.warn("DEMO MODE: users {} sign in with their user name as password. Never use demo mode with real "
                + "data: set GEL_DEMO=false (or give MONGODB_URI) for a real deployment.", templates.keySet());
    }

    @Override
    public Optional<GelUser> findByUsername(String username) {
        return Optional.ofNullable(templates.get(username))
                .map(user -> new GelUser(user.getUsername(), user.getPassword(), user.roles(), user.scope()));
    }

    private void add(PasswordEncoder encoder, String username, EntityScope scope, Role... roles) {
        templates.put(username, new GelUser(username, encoder.encode(username), Set.of(roles), scope));
    }
}
