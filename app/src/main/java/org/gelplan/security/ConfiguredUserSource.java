package org.gelplan.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gelplan.core.EntityScope;

/**
 * The users of {@link GelSecurityProperties}. Every entry is checked at start-up, so that a typo in
 * a role, an entity code or a hash stops the application instead of locking a person out later.
 */
public class ConfiguredUserSource implements GelUserSource {

    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final Map<String, GelSecurityProperties.ConfiguredUser> users = new LinkedHashMap<>();

    public ConfiguredUserSource(GelSecurityProperties properties) {
        for (int i = 0; i < properties.users().size(); i++) {
            GelSecurityProperties.ConfiguredUser user = properties.users().get(i);
            String where = "gelplan.security.users[" + i + "]";
            if (user.username() == null || user.username().isBlank()) {
                throw new IllegalStateException(where + ".username is missing");
            }
            if (user.roles() == null || user.roles().isEmpty()) {
                throw new IllegalStateException(where + ".roles is missing for " + user.username());
            }
            if (user.passwordHash() == null || !BCRYPT.matcher(withoutPrefix(user.passwordHash())).matches()) {
                throw new IllegalStateException(where + ".password-hash must be a BCrypt hash for " + user.username());
            }
            toGelUser(user);
            if (users.putIfAbsent(user.username(), user) != null) {
                throw new IllegalStateException(where + ".username repeats " + user.username());
            }
        }
    }

    @Override
    public Optional<GelUser> findByUsername(String username) {
        return Optional.ofNullable(users.get(username)).map(ConfiguredUserSource::toGelUser);
    }

    private static GelUser toGelUser(GelSecurityProperties.ConfiguredUser user) {
        EntityScope scope = user.entities() == null ? EntityScope.none() : new EntityScope(user.entities());
        return new GelUser(user.username(), withoutPrefix(user.passwordHash()), user.roles(), scope);
    }

    private static String withoutPrefix(String hash) {
        return hash.startsWith(BCRYPT_PREFIX) ? hash.substring(BCRYPT_PREFIX.length()) : hash;
    }
}
