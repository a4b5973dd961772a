package org.gelplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a {@code X-Request-Id} and {@code X-Correlation-Id}, echoed in the response,
 * the log MDC and {@link RequestIds}. A client's ids are kept only when they match a short, safe
 * pattern, since they end up in logs and in stored event metadata.
 * Runs first, so even a 401 or 413 answered by a later filter carries the id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    public static final String REQUEST_ID_MDC = "requestId";
    public static final String CORRELATION_ID_MDC = "correlationId";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = safeOr(request.getHeader(REQUEST_ID_HEADER), UUID.randomUUID().toString());
        String correlationId = safeOr(request.getHeader(CORRELATION_ID_HEADER), requestId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        response.setHeader(CORRELATION_ID_HEADER, correlationId);
        RequestIds.set(new RequestIds(requestId, correlationId));
        MDC.put(REQUEST_ID_MDC, requestId);
        MDC.put(CORRELATION_ID_MDC, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID_MDC);
            MDC.remove(CORRELATION_ID_MDC);
            RequestIds.clear();
        }
    }

    static boolean isSafe(String id) {
        return id != null && SAFE_ID.matcher(id).matches();
    }

    private static String safeOr(String candidate, String fallback) {
        return isSafe(candidate) ? candidate : fallback;
    }
}
