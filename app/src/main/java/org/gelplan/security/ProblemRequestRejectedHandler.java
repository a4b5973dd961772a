package org.gelplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gelplan.web.ProblemResponseWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request that Spring Security's firewall refuses (encoded slashes, {@code ;} or {@code ..}
 * in the path, control characters in headers) with a 400 problem, instead of the container's error page.
 */
@Component
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemResponseWriter problems;

    public ProblemRequestRejectedHandler(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        problems.write(request, response, HttpStatus.BAD_REQUEST, "request.rejected");
    }
}
