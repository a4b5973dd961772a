package org.gelplan.web;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.gelplan.core.DomainRuleViolation;

/**
 * Finds the exception that tells the story behind the wrappers a command dispatch adds. With Axon's
 * local {@code SimpleCommandBus}, {@code sendAndWait} rethrows the handler's exception as it is,
 * {@code send().join()} wraps it in a {@link CompletionException}, {@code send().get()} in an
 * {@link ExecutionException}, and a remote bus would use a {@link CommandExecutionException}.
 */
final class ExceptionCauses {

    private static final int MAX_DEPTH = 16;

    private ExceptionCauses() {
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (current instanceof DomainRuleViolation) {
                return current;
            }
            Throwable cause = current.getCause();
            if (cause == null || cause == current) {
                break;
            }
            current = cause;
        }
        return unwrapWrappers(thrown);
    }

    private static Throwable unwrapWrappers(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < MAX_DEPTH && isWrapper(current) && current.getCause() != null; depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable thrown) {
        return thrown instanceof CompletionException
                || thrown instanceof ExecutionException
                || thrown instanceof CommandExecutionException
                || thrown instanceof UndeclaredThrowableException;
    }
}
