package org.gelplan.axon;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The event each processing group of this node is failing on, from the moment a handler threw until the same
 * event was handled (ADR 0019: it is retried, never skipped). Fed by a handler interceptor on every processor
 * ({@link EventProcessingConfiguration}); read by {@link EventProcessorsHealth}.
 */
@Component
public class ProjectionFailures {

    /** An event a processing group's handler threw on, and when it last did. */
    public record Failure(String eventId, String payloadType, String error, Instant lastFailedAt) {
    }

    private final Map<String, Failure> failing = new ConcurrentHashMap<>();
    private final Clock clock;

    ProjectionFailures(Clock clock) {
        this.clock = clock;
    }

    /** The failures still standing, by processing group. */
    public Map<String, Failure> standing() {
        return Map.copyOf(failing);
    }

    /** Axon names each processor after its processing group. */
    MessageHandlerInterceptor<EventMessage<?>> interceptorFor(String processor) {
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            try {
                Object result = chain.proceed();
                failing.computeIfPresent(processor, (name, failure) ->
                        failure.eventId().equals(event.getIdentifier()) ? null : failure);
                return result;
            } catch (Exception e) {
                failing.put(processor, new Failure(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                        e.toString(), clock.instant()));
                throw e;
            }
        };
    }
}
