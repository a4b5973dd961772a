package org.gelplan.web;

import java.util.Optional;

/**
 * The ids of the HTTP request being served on this thread: {@code requestId} names this one request,
 * {@code correlationId} the wider interaction it belongs to (the client's, or the request id).
 * Set by {@link RequestIdFilter}; read by problem details and the command dispatch interceptor.
 */
public record RequestIds(String requestId, String correlationId) {

    private static final ThreadLocal<RequestIds> CURRENT = new ThreadLocal<>();

    public static Optional<RequestIds> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(RequestIds ids) {
        CURRENT.set(ids);
    }

    static void clear() {
        CURRENT.remove();
    }
}
