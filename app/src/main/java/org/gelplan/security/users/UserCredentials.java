package org.gelplan.security.users;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A managed user's BCrypt hash, outside the event store (ADR 0011): replaced when an ADMIN sets a new
 * password, never shown by any endpoint, never part of an event or a read model that is rebuilt.
 */
@Document("user_credentials")
record UserCredentials(@Id String username, String passwordHash, Instant setAt) {

    @Override
    public String toString() {
        return "UserCredentials[" + username + ", set at " + setAt + "]";
    }
}
