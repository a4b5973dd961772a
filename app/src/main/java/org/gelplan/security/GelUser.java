package org.gelplan.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.gelplan.core.Actor;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.core.ScopedPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person as Spring Security holds them: user name, BCrypt hash, roles and the
 * {@link EntityScope} they act for. Each lookup must return a fresh instance, because Spring erases
 * the credentials of the instance it authenticated.
 */
public final class GelUser implements UserDetails, CredentialsContainer, ScopedPrincipal {

    private final Actor actor;
    private String passwordHash;

    public GelUser(String username, String passwordHash, Set<Role> roles, EntityScope scope) {
        this.actor = new Actor(username, withImplied(roles), scope);
        this.passwordHash = passwordHash;
    }

    /**
     * SPEC §1: the committee's leader does "everything a member does", so holding
     * {@code COMMITTEE_LEADER} grants {@code COMMITTEE_MEMBER} too, in Spring's authorities and in the
     * roles recorded on every event (which the aggregates check as well).
     */
    static Set<Role> withImplied(Set<Role> roles) {
        EnumSet<Role> effective = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (effective.contains(Role.COMMITTEE_LEADER)) {
            effective.add(Role.COMMITTEE_MEMBER);
        }
        return effective;
    }

    /** Who this user is for the audit trail and the scope checks. */
    public Actor actor() {
        return actor;
    }

    public Set<Role> roles() {
        return actor.roles();
    }

    @Override
    public EntityScope scope() {
        return actor.scope();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.userId();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GelUser user && user.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }

    @Override
    public String toString() {
        return "GelUser[" + getUsername() + ", roles=" + roles() + ", scope=" + scope() + "]";
    }
}
