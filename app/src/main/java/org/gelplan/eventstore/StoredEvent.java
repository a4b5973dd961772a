package org.gelplan.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.bson.Document;

import java.nio.charset.StandardCharsets;

/**
 * One event as it sits inside a commit document. Payload and metadata are kept as the exact JSON
 * text the serializer produced, so that hashes over the stored bytes never depend on upcasters.
 */
public record StoredEvent(long globalIndex, String aggregateId, String aggregateType, long sequence,
                          String eventId, String timestamp, String payloadType, String payloadRevision,
                          String payload, String metaData) {

    Document toDocument() {
        return new Document("globalIndex", globalIndex)
                .append("aggregateId", aggregateId)
                .append("aggregateType", aggregateType)
                .append("sequence", sequence)
                .append("eventId", eventId)
                .append("timestamp", timestamp)
                .append("payloadType", payloadType)
                .append("payloadRevision", payloadRevision)
                .append("payload", payload)
                .append("metaData", metaData);
    }

    static StoredEvent fromDocument(Document d) {
        return new StoredEvent(d.get("globalIndex", Number.class).longValue(), d.getString("aggregateId"),
                d.getString("aggregateType"), d.get("sequence", Number.class).longValue(), d.getString("eventId"),
                d.getString("timestamp"), d.getString("payloadType"), d.getString("payloadRevision"),
                d.getString("payload"), d.getString("metaData"));
    }

    String sequenceKey() {
        return sequenceKey(aggregateId, sequence);
    }

    static String sequenceKey(String aggregateId, long sequence) {
        return aggregateId + "#" + sequence;
    }

    DomainEventData<byte[]> toEventData() {
        return new GenericDomainEventEntry<>(aggregateType, aggregateId, sequence, eventId, timestamp,
                payloadType, payloadRevision, payload.getBytes(StandardCharsets.UTF_8),
                metaData.getBytes(StandardCharsets.UTF_8));
    }
}
