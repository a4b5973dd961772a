package org.gelplan.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work handed to another thread as if it had run on this one. */
public final class Futures {

    private Futures() {
    }

    /** The future's value; a runtime exception it failed with is rethrown as itself, not wrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
