package org.gelplan.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waits for a query's answer and rethrows a broken domain rule as itself, however the query bus
 * wrapped it, so that the web layer can answer it as the problem it is.
 */
public final class QueryResults {

    private QueryResults() {
    }

    public static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DomainRuleViolation violation) {
                    throw violation;
                }
            }
            throw e;
        }
    }
}
