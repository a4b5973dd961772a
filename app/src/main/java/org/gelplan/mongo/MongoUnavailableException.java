package org.gelplan.mongo;

/**
 * The application cannot get the MongoDB it was configured for; the message says what happened
 * and {@link #action()} what the operator can do about it.
 */
public class MongoUnavailableException extends RuntimeException {

    private final String action;

    MongoUnavailableException(String description, String action, Throwable cause) {
        super(description + " " + action, cause);
        this.action = action;
    }

    public String description() {
        return getMessage().substring(0, getMessage().length() - action.length() - 1);
    }

    public String action() {
        return action;
    }
}
