package org.gelplan.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates with long histories (Mocoa's plan, with its projects, actions and indicators) are
 * snapshotted, and every stored snapshot reads back as its aggregate.
 */
class SnapshotsIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventStorageEngine engine;

    @Test
    void longHistoriesAreSnapshottedAndEverySnapshotReadsBack() {
        List<String> snapshotted = new ArrayList<>();
        for (Document snapshot : mongo.getCollection(EventStoreCollections.SNAPSHOTS).find()) {
            snapshotted.add(snapshot.getString("_id"));
        }
        // the demo plan's aggregate passes the snapshot threshold while loading; others do as tests add events
        assertThat(snapshotted).contains("86001-2009");
        for (String aggregate : snapshotted) {
            Optional<DomainEventMessage<?>> read = engine.readSnapshot(aggregate);
            assertThat(read).as(aggregate).isPresent();
            assertThat(read.get().getAggregateIdentifier()).isEqualTo(aggregate);
            assertThat(read.get().getPayload()).as(aggregate).isNotNull();
        }
    }

    @Test
    void anUnreadableSnapshotIsIgnoredAndTheAggregateRebuiltFromItsEvents() {
        mongo.getCollection(EventStoreCollections.SNAPSHOTS).insertOne(new Document("_id", "broken-snapshot")
                .append("globalIndex", -1L).append("aggregateId", "broken-snapshot").append("aggregateType", "Broken")
                .append("sequence", 3L).append("eventId", "e-1").append("timestamp", "1970-01-01T00:00:00Z")
                .append("payloadType", "org.gelplan.NoSuchAggregate").append("payloadRevision", null)
                .append("payload", "{}").append("metaData", "{}"));
        try {
            assertThat(engine.readSnapshot("broken-snapshot")).isEmpty();
        } finally {
            mongo.getCollection(EventStoreCollections.SNAPSHOTS).deleteOne(new Document("_id", "broken-snapshot"));
        }
    }
}
