package org.gelplan.reliability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * For {@link IdempotencyCrashIntegrationTest}'s child JVM: the request with the configured Idempotency-Key
 * halts the JVM, as kill -9 would, once its whole answer has been sent (outside every other filter, so after
 * the idempotency filter stored the answer and let it go).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(HaltAfterAnswering.PROPERTY)
class HaltAfterAnswering extends OncePerRequestFilter {

    static final String PROPERTY = "gelplan.test.halt-after-answering";

    private final String key;

    HaltAfterAnswering(@Value("${" + PROPERTY + "}") String key) {
        this.key = key;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (key.equals(request.getHeader("Idempotency-Key")) && response.getStatus() < 300) {
            response.flushBuffer();
            Runtime.getRuntime().halt(137);
        }
    }
}
