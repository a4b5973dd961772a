package org.gelplan.security.users.api;

import org.gelplan.core.Role;

import java.util.List;
import java.util.Set;

/**
 * User administration (SPEC §1) for callers that are not the REST controller (the web pages): the same
 * rules as {@code /api/v1/users} — an ADMIN manages only users whose entities their own scope covers,
 * grants only entities inside it, and the last enabled admin cannot lock themselves out. Each change
 * waits until the read model shows it. Refusals are {@link UserRuleViolation} or {@code OutOfScope}.
 */
public interface UserAdministration {

    /** The managed users the caller's scope covers. */
    List<ManagedUserView> users();

    ManagedUserView user(String username);

    /** @param email where their reminders go, or {@code null} */
    ManagedUserView create(String username, String password, Set<Role> roles, Set<String> entities, String email);

    /** Sets (or, with {@code null}, removes) where the user's reminders go. */
    ManagedUserView changeEmail(String username, String email);

    ManagedUserView changeRoles(String username, Set<Role> roles, Set<String> entities);

    ManagedUserView disable(String username);

    ManagedUserView enable(String username);

    void setPassword(String username, String password);
}
