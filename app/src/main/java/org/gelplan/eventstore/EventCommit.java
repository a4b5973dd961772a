package org.gelplan.eventstore;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * All events of one unit of work, stored as one document so that they are written all or none
 * without transactions. Its {@code _id} is the first event's {@code aggregateId#sequence}; the
 * unique multikey indexes on {@code sequenceKeys} and {@code globalIndexes} make every
 * (aggregate, sequence) pair and every global index appear at most once in the whole store.
 */
public record EventCommit(String id, Instant storedAt, List<StoredEvent> events) {

    Document toDocument() {
        return new Document("_id", id)
                .append(EventStoreCollections.SEQUENCE_KEYS, events.stream().map(StoredEvent::sequenceKey).toList())
                .append(EventStoreCollections.GLOBAL_INDEXES, events.stream().map(StoredEvent::globalIndex).toList())
                .append("storedAt", Date.from(storedAt))
                .append("events", events.stream().map(StoredEvent::toDocument).toList());
    }

    static EventCommit fromDocument(Document document) {
        List<StoredEvent> events = document.getList("events", Document.class).stream()
                .map(StoredEvent::fromDocument).toList();
        return new EventCommit(document.getString("_id"), document.getDate("storedAt").toInstant(), events);
    }
}
