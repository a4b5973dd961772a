package org.gelplan.security.users;

import java.time.Instant;
import java.util.Set;
import org.gelplan.core.Role;
import org.gelplan.security.users.api.ManagedUserView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The read model of one managed user, keyed by user name (an equality lookup on {@code _id} per request). */
@Document("managed_users")
record ManagedUserDocument(@Id String username, Set<Role> roles, Set<String> entities, boolean enabled,
                           String email, Instant createdAt, String createdBy, Instant changedAt, String changedBy) {

    ManagedUserView view() {
        return new ManagedUserView(username, roles, entities, enabled, email, createdAt, createdBy, changedAt,
                changedBy);
    }

    ManagedUserDocument changed(Set<Role> newRoles, Set<String> newEntities, boolean nowEnabled, Instant at, String by) {
        return new ManagedUserDocument(username, newRoles, newEntities, nowEnabled, email, createdAt, createdBy, at,
                by);
    }

    ManagedUserDocument withEmail(String newEmail, Instant at, String by) {
        return new ManagedUserDocument(username, roles, entities, enabled, newEmail, createdAt, createdBy, at, by);
    }
}
