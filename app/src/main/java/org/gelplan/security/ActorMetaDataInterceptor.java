package org.gelplan.security;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.gelplan.core.AuditMetaData;

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
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(
                AuditStamp.missingFrom(command.getMetaData(), command.getCommandName()));
    }
}
