package org.gelplan.testsupport;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.gelplan.core.ProjectionBatch;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test read model: one document per {@link Tally.Counted} event it handled, inserted together once per
 * batch of events ({@link ProjectionBatch}). A second delivery of the same event is counted as a duplicate,
 * so tests can assert every event was handled exactly once.
 */
@Component
@ProcessingGroup(TallyProjection.GROUP)
public class TallyProjection {

    public static final String GROUP = "tally";
    public static final String COLLECTION = "tally_seen";
    private static final String BATCH = TallyProjection.class.getName();

    private final MongoTemplate mongo;
    private final AtomicInteger duplicates = new AtomicInteger();

    TallyProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(Tally.Counted event, EventMessage<?> message) {
        List<Document> batch = ProjectionBatch.current(BATCH, ArrayList::new);
        batch.add(new Document("_id", message.getIdentifier()).append("tallyId", event.tallyId())
                .append("number", event.number()));
        if (ProjectionBatch.lastEvent()) {
            insert(batch);
            batch.clear();
        }
    }

    private void insert(List<Document> documents) {
        try {
            mongo.getCollection(COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.incrementAndGet();
            }
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
