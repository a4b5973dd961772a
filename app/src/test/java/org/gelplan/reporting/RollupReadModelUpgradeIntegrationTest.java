package org.gelplan.reporting;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.testsupport.GelPlanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written before the rollup kept its criteria as text (session 12) has its documents in
 * {@code rollup_entities} and no token for {@code reporting-rollup-states}: its first start replays every event
 * into {@code rollup_entity_states}. Waiting for the projections covers that replay from its first moment, as
 * read-your-writes now waits for a segment that has not finished its first batch.
 */
class RollupReadModelUpgradeIntegrationTest {

    private static final String COLLECTION = "rollup_entity_states";
    private static final String GROUP = "reporting-rollup-states";

    @Test
    void aStoreWithTheSubDocumentRollupBuildsTheTextOneOnItsFirstStart(@TempDir Path dataDir) {
        String[] properties = {"gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0", "gelplan.demo.enabled=true"};
        List<Document> built;
        try (GelPlanNode node = GelPlanNode.start(properties)) {
            node.awaitProjections();
            built = node.bean(MongoTemplate.class).findAll(Document.class, COLLECTION);
            assertThat(built).as("the demo plan's entity").hasSize(1);
        }

        Document old = new Document("_id", built.get(0).get("_id")).append("criteria", new Document("INF-01",
                new Document("phase", "INFORMACION").append("state", "PENDING")));
        forgetTheTextRollup(dataDir, old);

        try (GelPlanNode restarted = GelPlanNode.start(properties)) {
            restarted.awaitProjections();
            MongoTemplate mongo = restarted.bean(MongoTemplate.class);
            assertThat(mongo.findAll(Document.class, COLLECTION)).containsExactlyInAnyOrderElementsOf(built);
            assertThat(mongo.findAll(Document.class, "rollup_entities")).as("the retired collection, untouched")
                    .containsExactly(old);
        }
    }

    /** What a store of the release before looks like: the sub-document rollup, nothing of the new group. */
    private static void forgetTheTextRollup(Path dataDir, Document old) {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(store.connectionString("gelplan").getConnectionString())) {
            MongoDatabase database = client.getDatabase("gelplan");
            database.getCollection(COLLECTION).drop();
            assertThat(database.getCollection("trackingtokens")
                    .deleteMany(Filters.eq("processorName", GROUP)).getDeletedCount()).isPositive();
            database.getCollection("rollup_entities").insertOne(old);
        }
    }
}
