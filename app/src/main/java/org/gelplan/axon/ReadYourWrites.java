package org.gelplan.axon;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * When an API command's answer waits for the projections (whichever node runs them) to handle the events it stored
 * (bounded by {@code gelplan.axon.read-your-writes}), so that the page or call that follows shows what
 * the user just did: after a successful command, before its answer is sent. {@link ReadYourWritesAdvice}
 * waits before the body is written; a filter that must finish more work before the answer leaves (the
 * idempotency filter stores the answer) can take the wait over and run it beside that work.
 */
@Component
public class ReadYourWrites {

    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String TAKEN_OVER = ReadYourWrites.class.getName() + ".takenOver";

    private final ProjectionCatchUp catchUp;
    private final AxonProperties properties;

    ReadYourWrites(ProjectionCatchUp catchUp, AxonProperties properties) {
        this.catchUp = catchUp;
        this.properties = properties;
    }

    /** Whether an answer with this status to this request waits: a command that succeeded. */
    public boolean applies(HttpServletRequest request, int status) {
        return COMMANDS.contains(request.getMethod()) && status < 300;
    }

    /** The caller will {@link #await} once the answer is complete; the advice leaves this request alone. */
    public void takeOver(HttpServletRequest request) {
        request.setAttribute(TAKEN_OVER, Boolean.TRUE);
    }

    boolean takenOver(HttpServletRequest request) {
        return request.getAttribute(TAKEN_OVER) != null;
    }

    /** Waits until the projections handled the current request's events, or the bound passed. */
    public void await() {
        catchUp.awaitRequest(properties.readYourWrites());
    }
}
