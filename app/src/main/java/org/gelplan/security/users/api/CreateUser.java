package org.gelplan.security.users.api;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gelplan.core.Role;

/**
 * Creates a user who signs in with a password and acts in these roles for these entities.
 *
 * @param email where their reminders go; {@code null} for none
 */
public record CreateUser(@TargetAggregateIdentifier String username, Set<Role> roles, Set<String> entities,
                         String email) {
}
