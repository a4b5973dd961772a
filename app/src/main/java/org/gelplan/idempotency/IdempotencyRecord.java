package org.gelplan.idempotency;

import org.bson.Document;
import org.bson.types.Binary;

import java.time.Instant;
import java.util.Date;

/**
 * What a command request sent with an {@code Idempotency-Key} left behind: the hash of what was
 * asked, the attempt that claimed the key and, once answered, the answer itself, so that the same
 * request gets the same answer. A {@code recovered} answer was not the first attempt's own: that
 * attempt stored its command's events and died before answering (see {@link AbandonedClaims}).
 */
record IdempotencyRecord(String id, String requestHash, Claimant claimant, boolean completed, Instant startedAt,
                         int status, String contentType, String location, byte[] body, boolean recovered) {

    static IdempotencyRecord started(String id, String requestHash, Claimant claimant, Instant at) {
        return new IdempotencyRecord(id, requestHash, claimant, false, at, 0, null, null, null, false);
    }

    IdempotencyRecord answered(int status, String contentType, String location, byte[] body) {
        return new IdempotencyRecord(id, requestHash, claimant, true, startedAt, status, contentType, location, body,
                false);
    }

    IdempotencyRecord recoveredWith(int status, String contentType, byte[] body) {
        return new IdempotencyRecord(id, requestHash, claimant, true, startedAt, status, contentType, null, body,
                true);
    }

    Document toDocument() {
        Document record = new Document("_id", id).append("requestHash", requestHash).append("completed", completed)
                .append("startedAt", Date.from(startedAt)).append("status", status).append("contentType", contentType)
                .append("location", location).append("body", body == null ? null : new Binary(body))
                .append("recovered", recovered);
        return claimant.appendTo(record);
    }

    static IdempotencyRecord from(Document d) {
        Binary body = d.get("body", Binary.class);
        return new IdempotencyRecord(d.getString("_id"), d.getString("requestHash"), Claimant.from(d),
                d.getBoolean("completed", false), d.getDate("startedAt").toInstant(), d.getInteger("status", 0),
                d.getString("contentType"), d.getString("location"), body == null ? null : body.getData(),
                d.getBoolean("recovered", false));
    }
}
