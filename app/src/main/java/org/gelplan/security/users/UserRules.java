package org.gelplan.security.users;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.axonframework.messaging.MetaData;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.security.users.api.UserRuleViolation;

/** What a managed user's name, roles and entities must be, and who may change them. */
final class UserRules {

    /** Lower-case letters, digits, '.', '_', '-': no ':' (so never {@code system:...}), nothing a query could read as an operator. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** One address, no spaces, a dot in the domain; at most 254 characters (RFC 5321). */
    static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+");

    private UserRules() {
    }

    static void requireAdmin(MetaData metaData) {
        if (!Actor.isSystemId(AuditMetaData.actorOf(metaData)) && !AuditMetaData.rolesOf(metaData).contains(Role.ADMIN)) {
            throw new UserRuleViolation(Kind.FORBIDDEN, "user.admin-required");
        }
    }

    static void requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw UserRuleViolation.invalid("user.invalid-username", String.valueOf(username));
        }
    }

    static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw UserRuleViolation.invalid("user.roles-required");
        }
        return EnumSet.copyOf(roles);
    }

    /** The address trimmed, {@code null} when none was given; a malformed one is refused. */
    static String requireEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.trim();
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw UserRuleViolation.invalid("user.invalid-email", trimmed);
        }
        return trimmed;
    }

    static Set<String> requireEntities(Set<String> entities) {
        if (entities == null || entities.isEmpty()) {
            throw UserRuleViolation.invalid("user.entities-required");
        }
        try {
            return new TreeSet<>(new EntityScope(entities).entries());
        } catch (IllegalArgumentException malformed) {
            throw UserRuleViolation.invalid("user.invalid-entity", String.join(",", new TreeSet<>(
                    entities.stream().map(String::valueOf).toList())));
        }
    }
}
