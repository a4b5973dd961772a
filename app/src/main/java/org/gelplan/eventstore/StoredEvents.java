package org.gelplan.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.nio.charset.StandardCharsets;

/** Turns an Axon event message into the form it is stored in. */
final class StoredEvents {

    private StoredEvents() {
    }

    static StoredEvent serialize(DomainEventMessage<?> event, long globalIndex, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(globalIndex, event.getAggregateIdentifier(), event.getType(),
                event.getSequenceNumber(), event.getIdentifier(), event.getTimestamp().toString(),
                payload.getType().getName(), payload.getType().getRevision(),
                new String(payload.getData(), StandardCharsets.UTF_8),
                new String(metaData.getData(), StandardCharsets.UTF_8));
    }
}
