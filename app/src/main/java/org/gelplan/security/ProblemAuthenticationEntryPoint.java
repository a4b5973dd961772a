package org.gelplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gelplan.web.ProblemResponseWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Answers an API call without (valid) credentials: 401, a problem, and the HTTP Basic challenge. */
@Component
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "GEL Plan";

    private final ProblemResponseWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        boolean badCredentials = failure instanceof BadCredentialsException
                || failure instanceof UsernameNotFoundException;
        problems.write(request, response, HttpStatus.UNAUTHORIZED, failure instanceof OAuth2AuthenticationException
                ? "auth.bad-token" : badCredentials ? "auth.bad-credentials" : "auth.unauthenticated");
    }
}
