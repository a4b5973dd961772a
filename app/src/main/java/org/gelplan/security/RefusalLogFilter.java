package org.gelplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every access denial (403: a missing role, another entity, a rule reserved to a role) with who
 * asked for what: user name, roles, method and path, never a header, a body or a query string (which
 * may carry secrets or personal data). It sits inside the security chain, after the sign-in filters
 * and around the translation of refusals, so it sees both the user and the final status.
 */
class RefusalLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.gelplan.security.audit");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            log.warn("Access denied: user={} authorities={} {} {}",
                    user == null ? "-" : LogText.safe(user.getName()),
                    user == null ? "[]" : user.getAuthorities(),
                    request.getMethod(), LogText.safe(request.getRequestURI()));
        }
    }
}
