package org.gelplan.security.users.api;

import org.axonframework.serialization.Revision;

/** An ADMIN enabled a disabled user again, with the roles and entities they had. */
@Revision("1")
public record UserEnabled(String username) {
}
