package org.gelplan.security;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.gelplan.core.AuditMetaData;

/**
 * The same stamp as {@link ActorMetaDataInterceptor} for events published through the
 * {@code EventGateway} rather than applied by an aggregate, e.g. a sweep raising
 * {@code PhaseDeadlineReached} with {@code AuditMetaData.of(Actor.system("deadline-sweep"))}.
 */
public class EventActorMetaDataInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> event.andMetaData(
                AuditStamp.missingFrom(event.getMetaData(), event.getPayloadType().getName()));
    }
}
