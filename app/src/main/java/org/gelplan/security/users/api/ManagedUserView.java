package org.gelplan.security.users.api;

import java.time.Instant;
import java.util.Set;
import org.gelplan.core.Role;

/** A managed user as an ADMIN sees them; never their password or its hash. */
public record ManagedUserView(String username, Set<Role> roles, Set<String> entities, boolean enabled,
                              Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
}
