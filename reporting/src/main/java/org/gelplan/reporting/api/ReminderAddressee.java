package org.gelplan.reporting.api;

import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;

import java.util.Set;

/**
 * A person reminders may go to: an enabled user with an e-mail address, their roles and the entities
 * they act for (SPEC §1). Which reminders they get is decided by the reminders' audience rule.
 */
public record ReminderAddressee(String username, String email, Set<Role> roles, EntityScope scope) {
}
