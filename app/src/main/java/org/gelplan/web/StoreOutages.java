package org.gelplan.web;

import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Tells a store that cannot be reached (no server selectable within the driver's timeout, a broken
 * or timed-out socket, a replica set without primary) from every other failure. Such a request is
 * answered 503 with {@code Retry-After}, not 500: nothing is wrong with it, it may simply be repeated
 * (with the same {@code Idempotency-Key} if it was a command), see docs/adr/0012.
 */
public final class StoreOutages {

    /** Seconds a client is asked to wait before repeating: about one server-selection timeout. */
    public static final String RETRY_AFTER_SECONDS = "5";
    static final String PROBLEM_KEY = "store.unavailable";
    private static final int MAX_DEPTH = 32;

    private StoreOutages() {
    }

    /** Whether the store being unreachable is anywhere in the cause chain of {@code thrown}. */
    public static boolean causedBy(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof MongoTimeoutException || current instanceof MongoSocketException
                    || current instanceof MongoNotPrimaryException || current instanceof MongoNodeIsRecoveringException
                    || current instanceof DataAccessResourceFailureException) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }
}
