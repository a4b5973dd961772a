package org.gelplan.security.users.api;

import org.axonframework.serialization.Revision;

/** An ADMIN disabled a user: they can no longer sign in, and their open sessions end. Nothing they did is undone. */
@Revision("1")
public record UserDisabled(String username) {
}
