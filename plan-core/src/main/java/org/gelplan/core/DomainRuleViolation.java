package org.gelplan.core;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A broken domain rule, named by a subclass ({@code PlanAlreadyAdopted}, {@code CriterionAlreadyFulfilled}).
 * The web layer answers it as an RFC 9457 problem: the {@link Kind} picks the HTTP status, the
 * message key picks the problem type and the localized text (bundle entries
 * {@code problem.<key>.title} and {@code problem.<key>.detail}, with the arguments as {@code {0}}, {@code {1}}...).
 * Pass arguments as strings (ids, codes, ISO dates): they are shown as they are, never number-formatted.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    /** What kind of refusal this is; the web layer maps it to 404, 409, 422 or 403. */
    public enum Kind {
        /** The thing the command is about does not exist. */
        NOT_FOUND,
        /** The command contradicts the current state (already fulfilled, already adopted...). */
        CONFLICT,
        /** The command is well formed but breaks a rule (a fact dated in the future, a missing reason...). */
        UNPROCESSABLE,
        /** The actor may not do this here (outside their entity scope, approving their own report...). */
        FORBIDDEN
    }

    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainRuleViolation(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        if (kind == null) {
            throw new IllegalArgumentException("a domain rule violation needs a kind");
        }
        if (messageKey == null || !MESSAGE_KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException(
                    "message key must be lower-case words joined by '.' or '-': " + messageKey);
        }
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** E.g. {@code plan.already-adopted}; also the last segment of the problem's type URI. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
