package org.gelplan.core;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who sends a command: a signed-in user (their user id, roles and entity scope), or the system
 * itself ({@code system:<component>}, e.g. {@code system:deadline-sweep}), which holds no role and
 * acts for every entity. Travels on messages as {@link AuditMetaData}, never as payload.
 */
public record Actor(String userId, Set<Role> roles, EntityScope scope) {

    private static final String SYSTEM_PREFIX = "system:";
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public Actor {
        if (userId == null || userId.isBlank() || userId.length() > 128) {
            throw new IllegalArgumentException("actor user id must be 1 to 128 characters: " + userId);
        }
        if (roles == null || scope == null) {
            throw new IllegalArgumentException("actor roles and scope must not be null");
        }
        roles = Set.copyOf(roles);
    }

    /** The system acting on its own, e.g. {@code Actor.system("demo-data")} is {@code system:demo-data}. */
    public static Actor system(String component) {
        if (component == null || !COMPONENT.matcher(component).matches()) {
            throw new IllegalArgumentException("system component must be lower-case words joined by '-': " + component);
        }
        return new Actor(SYSTEM_PREFIX + component, Set.of(), EntityScope.national());
    }

    public boolean isSystem() {
        return isSystemId(userId);
    }

    public static boolean isSystemId(String actorId) {
        return actorId != null && actorId.startsWith(SYSTEM_PREFIX);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
