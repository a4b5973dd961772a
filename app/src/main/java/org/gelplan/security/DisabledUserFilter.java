package org.gelplan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user an ADMIN disabled, on their next request: the session is invalidated
 * and the request goes on anonymously, so the API answers 401 and pages send them to the login form.
 * (HTTP Basic and bearer tokens are refused earlier, at sign-in; this covers browser sessions.)
 */
class DisabledUserFilter extends OncePerRequestFilter {

    private final UserStatus status;

    DisabledUserFilter(UserStatus status) {
        this.status = status;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        // a bearer token is authenticated on every request, and JwtUserConverter has just checked its user
        if (user != null && !(user instanceof AnonymousAuthenticationToken) && !(user instanceof BearerAuthentication)
                && status.isDisabled(user.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
