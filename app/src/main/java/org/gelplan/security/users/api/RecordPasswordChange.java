package org.gelplan.security.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that an ADMIN set a new password for a user (the hash itself is stored outside the events). */
public record RecordPasswordChange(@TargetAggregateIdentifier String username) {
}
