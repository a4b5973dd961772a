package org.gelplan.security.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the address a user's reminders go to; {@code null} removes it (they get no e-mail). */
public record ChangeUserEmail(@TargetAggregateIdentifier String username, String email) {
}
