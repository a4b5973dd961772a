package org.gelplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@link WebLimitsProperties#maxBodySize()} with a 413 problem:
 * at once when {@code Content-Length} says so, otherwise (chunked bodies) as soon as reading passes
 * the limit. Runs before security, so that an oversized body costs no password check.
 * Multipart uploads are left to the servlet container's own multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final String PROBLEM_KEY = "request.body-too-large";

    private final long limit;
    private final ProblemResponseWriter problems;

    public RequestBodyLimitFilter(WebLimitsProperties limits, ProblemResponseWriter problems) {
        this.limit = limits.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, PROBLEM_KEY, limit);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new LimitedInputStream(super.getInputStream(), limit);
                }
                return limited;
            }
        }, response);
    }
}
