package org.gelplan.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.UUID;

/** Small events for the storage engine's contract tests. */
final class TestEvents {

    record Counted(String counter, int value) {
    }

    private TestEvents() {
    }

    static DomainEventMessage<Counted> counted(String aggregateId, long sequence) {
        return counted(aggregateId, sequence, Instant.now());
    }

    static DomainEventMessage<Counted> counted(String aggregateId, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>("Counter", aggregateId, sequence, new Counted(aggregateId, (int) sequence),
                MetaData.with("actor", "test-user"), UUID.randomUUID().toString(), timestamp);
    }
}
