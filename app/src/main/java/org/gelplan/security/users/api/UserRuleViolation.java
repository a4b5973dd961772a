package org.gelplan.security.users.api;

import org.gelplan.core.DomainRuleViolation;

/** A refused change to a managed user; the key names the rule ({@code user.already-disabled}...). */
public class UserRuleViolation extends DomainRuleViolation {

    public UserRuleViolation(Kind kind, String key, String... arguments) {
        super(kind, key, (Object[]) arguments);
    }

    public static UserRuleViolation notFound(String username) {
        return new UserRuleViolation(Kind.NOT_FOUND, "user.not-found", username);
    }

    public static UserRuleViolation alreadyExists(String username) {
        return new UserRuleViolation(Kind.CONFLICT, "user.already-exists", username);
    }

    public static UserRuleViolation invalid(String key, String... arguments) {
        return new UserRuleViolation(Kind.UNPROCESSABLE, key, arguments);
    }
}
