package org.gelplan.security.users.api;

import java.util.Set;
import org.axonframework.serialization.Revision;
import org.gelplan.core.Role;

/**
 * An ADMIN created a user, enabled, with these roles for these entities (DANE codes, departments or
 * {@code *}). For an auditor: who may act from now on, and which admin let them (metadata). The
 * password was set at the same time and is kept outside the event store. {@code email} (where their
 * reminders go) is {@code null} when none was given, and in events stored before users had one: the
 * field was added without a new revision, since an absent field reads as {@code null}.
 */
@Revision("1")
public record UserCreated(String username, Set<Role> roles, Set<String> entities, String email) {
}
