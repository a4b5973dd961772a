package org.gelplan.security.users.api;

import org.axonframework.serialization.Revision;

/** An ADMIN set a new password for a user. For an auditor: when and by whom; never the password or its hash. */
@Revision("1")
public record UserPasswordChanged(String username) {
}
