package org.gelplan.security;

import java.util.Optional;

/**
 * One place users can come from: the configuration, the demo set, later the MongoDB user store that
 * an ADMIN manages at run time. Declare an implementation as a bean (with {@code @Order}: the first
 * source that knows a user name wins) and {@link CompositeUserDetailsService} consults it.
 */
@FunctionalInterface
public interface GelUserSource {

    /** A new {@link GelUser} for this name, or empty if this source does not know it. */
    Optional<GelUser> findByUsername(String username);
}
