package org.gelplan.eventstore;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.TallyNotifier;
import org.gelplan.testsupport.TallyProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Read models are rebuilt from the events by a processor reset; side effects are not repeated. */
class ReplayIntegrationTest {

    @Test
    void aProcessorResetRebuildsItsReadModelsExactlyWithoutRepeatingSideEffects(@TempDir Path dataDir) throws Exception {
        try (GelPlanNode node = GelPlanNode.start("gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0",
                "gelplan.demo.enabled=true")) {
            for (int i = 0; i < 30; i++) {
                node.count("replayed-" + (i % 4), i);
            }
            node.awaitProjections();
            MongoTemplate mongo = node.bean(MongoTemplate.class);
            List<Document> tallyBefore = all(mongo, TallyProjection.COLLECTION);
            List<Document> criteriaBefore = all(mongo, "criterion_records");
            List<Document> rollupBefore = all(mongo, "rollup_entity_states");
            assertThat(rollupBefore).allSatisfy(entity -> assertThat(entity.get("criteria"))
                    .as("the criteria as one JSON text (RollupCriteriaJson)").isInstanceOf(String.class));
            List<Document> departmentsBefore = all(mongo, "rollup_departments");
            int notifications = node.bean(TallyNotifier.class).notifications();

            reset(node.processor(TallyProjection.GROUP));
            reset(node.processor("compliance-criteria"));
            reset(node.processor("reporting-rollup-states"));
            awaitReplayEnd(node.processor(TallyProjection.GROUP));
            awaitReplayEnd(node.processor("compliance-criteria"));
            awaitReplayEnd(node.processor("reporting-rollup-states"));
            node.awaitProjections();
            awaitRebuilt(mongo, TallyProjection.COLLECTION, tallyBefore);
            awaitRebuilt(mongo, "criterion_records", criteriaBefore);
            awaitRebuilt(mongo, "rollup_entity_states", rollupBefore);

            assertThat(all(mongo, TallyProjection.COLLECTION)).containsExactlyInAnyOrderElementsOf(tallyBefore);
            assertThat(all(mongo, "criterion_records")).containsExactlyInAnyOrderElementsOf(criteriaBefore).hasSize(89);
            assertThat(all(mongo, "rollup_entity_states")).containsExactlyInAnyOrderElementsOf(rollupBefore).hasSize(1);
            assertThat(all(mongo, "rollup_departments")).containsExactlyInAnyOrderElementsOf(departmentsBefore).hasSize(1);
            assertThat(node.bean(TallyNotifier.class).notifications()).isEqualTo(notifications).isEqualTo(30);
            assertThat(node.bean(TallyProjection.class).duplicates()).isZero();
        }
    }

    private static void reset(StreamingEventProcessor processor) {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private static void awaitReplayEnd(StreamingEventProcessor processor) throws InterruptedException {
        for (int i = 0; i < 600 && (processor.isReplaying() || processor.processingStatus().isEmpty()); i++) {
            Thread.sleep(50);
        }
    }

    /** A rebuild converges on the same documents; give it time, then let the assertions judge. */
    private static void awaitRebuilt(MongoTemplate mongo, String collection, List<Document> expected)
            throws InterruptedException {
        for (int i = 0; i < 600 && !new java.util.HashSet<>(all(mongo, collection)).equals(new java.util.HashSet<>(expected)); i++) {
            Thread.sleep(100);
        }
    }

    private static List<Document> all(MongoTemplate mongo, String collection) {
        return mongo.getCollection(collection).find().into(new ArrayList<>());
    }
}
