package org.gelplan.security;

import static org.gelplan.core.AuditMetaData.ACTOR;
import static org.gelplan.core.AuditMetaData.ACTOR_ROLES;
import static org.gelplan.core.AuditMetaData.CORRELATION_ID;
import static org.gelplan.core.AuditMetaData.REQUEST_ID;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.web.RequestIds;

/**
 * Stamps every command with who sends it and within which request ({@link AuditMetaData}): the
 * signed-in user and their roles, and the request and correlation ids of the HTTP request. Keys the
 * sender already set are kept: a system component names itself ({@code system:demo-data}), and a
 * command sent while handling an event inherits that event's actor and ids from Axon's unit of work.
 * With neither a user nor an explicit actor the dispatch fails with {@link MissingActor}.
 * Runs on the sending thread, where the security context and the request ids live.
 */
public class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(missingAuditMetaData(command));
    }

    private static Map<String, Object> missingAuditMetaData(CommandMessage<?> command) {
        MetaData present = command.getMetaData();
        Map<String, Object> missing = new HashMap<>();
        if (!hasText(present, ACTOR)) {
            Actor actor = CurrentActor.get().orElseThrow(() -> new MissingActor(command.getCommandName()));
            missing.put(ACTOR, actor.userId());
            missing.put(ACTOR_ROLES, AuditMetaData.rolesText(actor.roles()));
        } else if (!present.containsKey(ACTOR_ROLES)) {
            missing.put(ACTOR_ROLES, "");
        }
        Optional<RequestIds> request = RequestIds.current();
        String requestId = hasText(present, REQUEST_ID)
                ? present.get(REQUEST_ID).toString()
                : request.map(RequestIds::requestId).orElseGet(() -> UUID.randomUUID().toString());
        if (!hasText(present, REQUEST_ID)) {
            missing.put(REQUEST_ID, requestId);
        }
        if (!hasText(present, CORRELATION_ID)) {
            missing.put(CORRELATION_ID, request.map(RequestIds::correlationId).orElse(requestId));
        }
        return missing;
    }

    private static boolean hasText(MetaData metaData, String key) {
        return metaData.get(key) instanceof String value && !value.isBlank();
    }
}
