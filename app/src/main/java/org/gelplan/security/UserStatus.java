package org.gelplan.security;

/**
 * Whether an ADMIN has disabled a user name here. Asked on every request that does not go through
 * the {@code UserDetailsService} (bearer tokens, existing browser sessions), so that a disabled user is
 * refused on their next request whoever signed them in.
 */
@FunctionalInterface
public interface UserStatus {

    boolean isDisabled(String username);

    static UserStatus noneDisabled() {
        return username -> false;
    }
}
