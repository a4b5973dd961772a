package org.gelplan.security.users.api;

import java.util.Set;
import org.axonframework.serialization.Revision;
import org.gelplan.core.Role;

/** An ADMIN gave a user these roles for these entities, instead of the ones they had. */
@Revision("1")
public record UserRolesChanged(String username, Set<Role> roles, Set<String> entities) {
}
