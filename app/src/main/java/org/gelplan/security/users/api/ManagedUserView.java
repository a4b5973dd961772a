package org.gelplan.security.users.api;

import java.time.Instant;
import java.util.Set;
import org.gelplan.core.Role;

/**
 * A managed user as an ADMIN sees them, with where their reminders go ({@code email}, may be null);
 * never their password or its hash.
 */
public record ManagedUserView(String username, Set<Role> roles, Set<String> entities, boolean enabled, String email,
                              Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
}
