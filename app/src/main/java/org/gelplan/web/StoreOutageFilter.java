package org.gelplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 when the store is unreachable while a servlet filter uses it (the idempotency records
 * are read before any controller runs), where {@link ProblemDetailsAdvice} cannot: without this the
 * container's error page would answer 500. Runs right after {@link RequestIdFilter}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StoreOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StoreOutageFilter.class);

    private final ProblemResponseWriter problems;

    public StoreOutageFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (!StoreOutages.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Store unreachable, answered 503: {}", failure.toString());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, StoreOutages.RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, StoreOutages.PROBLEM_KEY);
        }
    }
}
