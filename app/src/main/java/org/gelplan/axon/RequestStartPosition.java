package org.gelplan.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * Notes, on the HTTP request that sends its first command, the store's head at that moment: every
 * event the request causes is stored after it, so read-your-writes looks for them only there. A
 * request that claims an idempotency key notes it earlier, at the claim, and the same position
 * serves both. Axon registers this bean on the {@code CommandGateway}.
 */
@Component
public class RequestStartPosition implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final String ATTRIBUTE = RequestStartPosition.class.getName();

    // lazily: the gateway that takes this interceptor is built before the event processors
    private final ObjectProvider<ProjectionCatchUp> catchUp;

    RequestStartPosition(ObjectProvider<ProjectionCatchUp> catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        if (RequestContextHolder.getRequestAttributes() != null) {
            note();
        }
        return (index, message) -> message;
    }

    /**
     * The head noted for this thread's request, noting it now if nothing was noted yet; read afresh
     * (and not kept) outside a request.
     */
    public long note() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        OptionalLong noted = current();
        if (noted.isPresent()) {
            return noted.getAsLong();
        }
        long head = catchUp.getObject().startPosition();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, head, RequestAttributes.SCOPE_REQUEST);
        }
        return head;
    }

    /** The head before this thread's request sent its first command; empty when it sent none (or is no request). */
    static OptionalLong current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object position = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return position instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
