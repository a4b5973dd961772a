package org.gelplan.security.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param otherEnabledAdmins as in {@link ChangeUserRoles} */
public record DisableUser(@TargetAggregateIdentifier String username, int otherEnabledAdmins) {
}
