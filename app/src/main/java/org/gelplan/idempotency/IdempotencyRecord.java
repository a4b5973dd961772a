package org.gelplan.idempotency;

import org.bson.Document;
import org.bson.types.Binary;

import java.time.Instant;
import java.util.Date;

/**
 * What a command request sent with an {@code Idempotency-Key} left behind: the hash of what was
 * asked and, once answered, the answer itself, so that the same request gets the same answer.
 */
record IdempotencyRecord(String id, String requestHash, boolean completed, Instant startedAt, int status,
                         String contentType, String location, byte[] body) {

    static IdempotencyRecord started(String id, String requestHash, Instant at) {
        return new IdempotencyRecord(id, requestHash, false, at, 0, null, null, null);
    }

    Document toDocument() {
        return new Document("_id", id).append("requestHash", requestHash).append("completed", completed)
                .append("startedAt", Date.from(startedAt)).append("status", status).append("contentType", contentType)
                .append("location", location).append("body", body == null ? null : new Binary(body));
    }

    static IdempotencyRecord from(Document d) {
        Binary body = d.get("body", Binary.class);
        return new IdempotencyRecord(d.getString("_id"), d.getString("requestHash"), d.getBoolean("completed", false),
                d.getDate("startedAt").toInstant(), d.getInteger("status", 0), d.getString("contentType"),
                d.getString("location"), body == null ? null : body.getData());
    }
}
