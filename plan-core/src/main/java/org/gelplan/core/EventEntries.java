package org.gelplan.core;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Appends an event's entry to an array of a read-model document as one atomic update, unless an entry of
 * that event is already there (its {@code eventId} field): a redelivered event changes nothing. Unlike a
 * find and a save of the whole document, no write can be lost between the read and the write, and the
 * cost does not grow with the document.
 */
public final class EventEntries {

    private static final String EVENT_ID = "eventId";

    private EventEntries() {
    }

    /** Appends to the document's array if the document exists; returns whether it changed it. */
    public static boolean appendOnce(MongoOperations mongo, Class<?> document, String id, String array, String eventId,
                                     Object entry) {
        return mongo.updateFirst(notYetIn(id, array, eventId), new Update().push(array, entry), document)
                .getModifiedCount() > 0;
    }

    /**
     * Appends to the document's array, creating the document with {@code onInsert}'s fields first if it does not
     * exist. A redelivered event misses the filter, so the upsert tries to insert the document anew and meets its
     * own key: nothing changes.
     */
    public static void appendOnceCreating(MongoOperations mongo, Class<?> document, String id, String array,
                                          String eventId, Object entry, Update onInsert) {
        try {
            mongo.upsert(notYetIn(id, array, eventId), onInsert.push(array, entry), document);
        } catch (DuplicateKeyException recordedAlready) {
            // handled before: a retried batch, or a replay over a partly rebuilt read model
        }
    }

    private static Query notYetIn(String id, String array, String eventId) {
        return Query.query(Criteria.where("_id").is(id).and(array + "." + EVENT_ID).ne(eventId));
    }
}
