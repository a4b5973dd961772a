package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Checks that Axon's own Spring Boot auto-configuration picks up the audit beans, as relied on. */
class AxonWiringIntegrationTest {

    record HoldMeeting(String meetingId) {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ObjectMapperAutoConfiguration.class,
                    AxonAutoConfiguration.class, InfraConfiguration.class, InterceptorAutoConfiguration.class,
                    EventProcessingAutoConfiguration.class, NoOpTransactionAutoConfiguration.class,
                    AxonTracingAutoConfiguration.class))
            .withUserConfiguration(AuditMetaDataConfiguration.class)
            .withBean(EventStorageEngine.class, InMemoryEventStorageEngine::new)
            .withPropertyValues("axon.axonserver.enabled=false", "axon.serializer.general=jackson",
                    "axon.serializer.events=jackson", "axon.serializer.messages=jackson");

    @Test
    void theGatewaysStampMessagesAndOurOriginProviderReplacesAxonsDefault() {
        context.run(spring -> {
            assertThat(spring).hasNotFailed();
            AtomicReference<MetaData> handled = new AtomicReference<>();
            spring.getBean(CommandBus.class).subscribe(HoldMeeting.class.getName(), command -> {
                handled.set(command.getMetaData());
                return null;
            });
            CommandGateway gateway = spring.getBean(CommandGateway.class);

            gateway.sendAndWait(new HoldMeeting("m-1"), AuditMetaData.of(Actor.system("test")));

            assertThat(handled.get()).containsEntry(AuditMetaData.ACTOR, "system:test").containsKey(AuditMetaData.REQUEST_ID);
            assertThatThrownBy(() -> gateway.sendAndWait(new HoldMeeting("m-2"))).isInstanceOf(MissingActor.class);
            assertThatThrownBy(() -> spring.getBean(EventGateway.class).publish(new HoldMeeting("m-3")))
                    .isInstanceOf(MissingActor.class);
            assertThat(spring.getBeansOfType(CorrelationDataProvider.class).values())
                    .hasSize(2)
                    .hasAtLeastOneElementOfType(SimpleCorrelationDataProvider.class)
                    .hasAtLeastOneElementOfType(MessageOriginProvider.class);
            assertThat(spring.getBean(org.axonframework.config.Configuration.class).correlationDataProviders())
                    .containsExactlyInAnyOrderElementsOf(spring.getBeansOfType(CorrelationDataProvider.class).values());
        });
    }
}
