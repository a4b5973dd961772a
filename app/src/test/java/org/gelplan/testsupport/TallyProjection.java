package org.gelplan.testsupport;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test read model: one document per {@link Tally.Counted} event it handled. A second delivery of
 * the same event is counted as a duplicate, so tests can assert every event was handled exactly once.
 */
@Component
@ProcessingGroup(TallyProjection.GROUP)
public class TallyProjection {

    public static final String GROUP = "tally";
    public static final String COLLECTION = "tally_seen";

    private final MongoTemplate mongo;
    private final AtomicInteger duplicates = new AtomicInteger();

    TallyProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(Tally.Counted event, EventMessage<?> message) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", message.getIdentifier())
                    .append("tallyId", event.tallyId()).append("number", event.number()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            duplicates.incrementAndGet();
        }
    }

    @ResetHandler
    void reset() {
        mongo.getCollection(COLLECTION).drop();
    }

    public int duplicates() {
        return duplicates.get();
    }

    public long seen() {
        return mongo.getCollection(COLLECTION).countDocuments();
    }
}
