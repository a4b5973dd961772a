package org.gelplan.security.users.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gelplan.core.Role;

/**
 * Replaces a user's roles and entities.
 *
 * @param otherEnabledAdmins how many enabled administrators there are besides this user, counted by the
 *                           sender, so that the last one cannot take ADMIN away from themselves
 */
public record ChangeUserRoles(@TargetAggregateIdentifier String username, Set<Role> roles, Set<String> entities,
                              int otherEnabledAdmins) {
}
