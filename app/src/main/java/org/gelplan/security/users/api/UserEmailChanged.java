package org.gelplan.security.users.api;

import org.axonframework.serialization.Revision;

/**
 * An ADMIN changed the address a user's reminders go to ({@code null}: removed, they get no e-mail).
 * For an auditor: which admin (metadata) and when.
 */
@Revision("1")
public record UserEmailChanged(String username, String email) {
}
