package org.gelplan.security.users.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EnableUser(@TargetAggregateIdentifier String username) {
}
