package org.gelplan.plan.adoption;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.OnDemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * In demo mode, adopts Mocoa's plan from the seed (Resolución 001143 de 2009) on start-up, as
 * {@code system:demo-data}. Adopting an already adopted plan is refused by the store, which makes
 * this idempotent across restarts and nodes.
 */
@Component
@Conditional(OnDemoMode.class)
class DemoPlanAdoption {

    static final String RESOURCE = "demo/mocoa-86001-2009.json";
    private static final Logger log = LoggerFactory.getLogger(DemoPlanAdoption.class);

    private final CommandGateway commands;
    private final ObjectMapper json;

    DemoPlanAdoption(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void adoptMocoasPlan() {
        AdoptPlanRequest request = read();
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(request.toCommand())
                    .andMetaData(AuditMetaData.of(Actor.system("demo-data"))));
            log.info("Demo data: adopted plan {} (Resolución {} de Mocoa)", request.planId(), request.resolution().number());
        } catch (AggregateStreamCreationException alreadyAdopted) {
            log.info("Demo data: plan {} was already adopted", request.planId());
        }
    }

    private AdoptPlanRequest read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, AdoptPlanRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo plan " + RESOURCE, e);
        }
    }
}
