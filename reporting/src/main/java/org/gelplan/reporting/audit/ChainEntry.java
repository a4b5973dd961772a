package org.gelplan.reporting.audit;

import org.bson.Document;
import org.gelplan.reporting.api.LoggedEvent;

import java.time.Instant;

/**
 * One link of the audit chain, append-only like the events: the event linked at {@code position}, the
 * link before it and its own, digests of payload and metadata (so verification can say which one changed),
 * and two running maxima that make the chain searchable by key: the highest global index and the latest
 * event timestamp linked up to here.
 */
public record ChainEntry(long position, String eventId, long globalIndex, String timestamp, String previous,
                         String link, String payloadDigest, String metaDataDigest, long frontier,
                         Instant recordedUpTo) {

    static ChainEntry linking(ChainEntry before, long position, LoggedEvent event) {
        String previous = before == null ? ChainLinks.GENESIS : before.link();
        Instant at = Instant.parse(event.timestamp());
        long frontier = before == null ? event.globalIndex() : Math.max(before.frontier(), event.globalIndex());
        Instant upTo = before == null || at.isAfter(before.recordedUpTo()) ? at : before.recordedUpTo();
        return new ChainEntry(position, event.eventId(), event.globalIndex(), event.timestamp(), previous,
                ChainLinks.link(previous, event), ChainLinks.digest(event.payload()),
                ChainLinks.digest(event.metaData()), frontier, upTo);
    }

    Document toDocument() {
        return new Document("_id", position)
                .append("eventId", eventId)
                .append("globalIndex", globalIndex)
                .append("timestamp", timestamp)
                .append("previous", previous)
                .append("link", link)
                .append("payloadDigest", payloadDigest)
                .append("metaDataDigest", metaDataDigest)
                .append("frontier", frontier)
                .append("recordedUpTo", recordedUpTo.toString());
    }

    static ChainEntry fromDocument(Document d) {
        return new ChainEntry(d.get("_id", Number.class).longValue(), d.getString("eventId"),
                d.get("globalIndex", Number.class).longValue(), d.getString("timestamp"), d.getString("previous"),
                d.getString("link"), d.getString("payloadDigest"), d.getString("metaDataDigest"),
                d.get("frontier", Number.class).longValue(), Instant.parse(d.getString("recordedUpTo")));
    }
}
