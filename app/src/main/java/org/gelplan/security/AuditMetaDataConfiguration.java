package org.gelplan.security;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.gelplan.core.AuditMetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How {@link AuditMetaData} travels. Axon's Spring Boot auto-configuration registers every
 * {@code MessageDispatchInterceptor<CommandMessage<?>>} bean on the {@code CommandGateway} (and
 * {@code <EventMessage<?>>} ones on the {@code EventGateway}), and
 * every {@link CorrelationDataProvider} bean on the configuration, whose unit of work then copies
 * the keys from the command being handled onto each event the handler applies (and each command it
 * sends). Send commands through the {@code CommandGateway}: the bus alone skips the interceptor.
 */
@Configuration(proxyBeanMethods = false)
public class AuditMetaDataConfiguration {

    /** Axon's own trace of message origins; renamed keys, since its {@code correlationId} would overwrite ours. */
    public static final String CAUSATION_ID = "causationId";
    public static final String TRACE_ID = "traceId";

    @Bean
    public ActorMetaDataInterceptor actorMetaDataInterceptor() {
        return new ActorMetaDataInterceptor();
    }

    @Bean
    public EventActorMetaDataInterceptor eventActorMetaDataInterceptor() {
        return new EventActorMetaDataInterceptor();
    }

    @Bean
    public CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetaData.PROPAGATED_KEYS.toArray(String[]::new));
    }

    /**
     * Replaces Axon's default {@code MessageOriginProvider} bean, which backs off once any other
     * provider exists: {@code causationId} names the message that directly caused this one,
     * {@code traceId} the first message of the chain.
     */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(CAUSATION_ID, TRACE_ID);
    }
}
