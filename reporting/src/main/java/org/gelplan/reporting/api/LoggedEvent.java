package org.gelplan.reporting.api;

import java.util.Objects;

/**
 * One event exactly as the event store holds it: identifiers, global index, timestamp and the stored
 * text of payload and metadata (before any upcaster), which is what the audit chain hashes.
 *
 * @param timestamp the event's timestamp as stored (ISO-8601 text)
 */
public record LoggedEvent(long globalIndex, String eventId, String aggregateType, String aggregateId,
                          long sequence, String timestamp, String payloadType, String payloadRevision,
                          String payload, String metaData) {

    public LoggedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metaData, "metaData");
    }
}
