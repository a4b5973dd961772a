package org.gelplan.reporting.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.gelplan.reporting.api.CheckpointWitnessed;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoints control interno witnessed, which every later chain must extend. Keyed by length, so
 * replaying the events rewrites the same documents; the collection is small (one per sign-off).
 */
@Component
@ProcessingGroup("audit-checkpoints")
class Checkpoints {

    static final String COLLECTION = "audit_checkpoints";

    private final MongoTemplate mongo;

    Checkpoints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CheckpointWitnessed event) {
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", event.length()),
                new Document("_id", event.length()).append("head", event.head()),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        mongo.getCollection(COLLECTION).deleteMany(new Document());
    }

    List<Checkpoint> witnessed() {
        List<Checkpoint> all = new ArrayList<>();
        mongo.getCollection(COLLECTION).find()
                .forEach(d -> all.add(new Checkpoint(d.get("_id", Number.class).longValue(), d.getString("head"))));
        return all;
    }
}
