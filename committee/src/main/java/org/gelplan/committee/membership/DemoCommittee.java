package org.gelplan.committee.membership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.OnDemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * In demo mode, constitutes Mocoa's Comité GEL as section D of the seed lists it, on the resolution's
 * date, as {@code system:demo-data}. The store refuses a second constitution, which makes this
 * idempotent across restarts and nodes. The seed holds no meetings, so none are added.
 */
@Component
@Conditional(OnDemoMode.class)
class DemoCommittee {

    static final String RESOURCE = "demo/committee-86001.json";
    private static final Logger log = LoggerFactory.getLogger(DemoCommittee.class);

    private final CommandGateway commands;
    private final ObjectMapper json;

    DemoCommittee(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void constituteMocoasCommittee() {
        ConstituteCommitteeRequest request = read();
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(request.toCommand())
                    .andMetaData(AuditMetaData.of(Actor.system("demo-data"))));
            log.info("Demo data: constituted the committee of {} with {} appointees", request.entityCode(),
                    request.members().size());
        } catch (AggregateStreamCreationException alreadyConstituted) {
            log.info("Demo data: the committee of {} was already constituted", request.entityCode());
        }
    }

    private ConstituteCommitteeRequest read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, ConstituteCommitteeRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo committee " + RESOURCE, e);
        }
    }
}
