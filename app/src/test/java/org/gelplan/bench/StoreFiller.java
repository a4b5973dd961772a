package org.gelplan.bench;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.eventstore.EventStoreCollections;

import com.mongodb.client.MongoDatabase;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows the store to a given number of events through the storage engine, in commits of a few
 * hundred events, so the scaling runs measure the same paths against a larger history.
 */
final class StoreFiller {

    private static final int PER_COMMIT = 250;
    private static final String TEXT = "x".repeat(160);

    private final EventStorageEngine engine;
    private final MongoDatabase database;
    private int aggregates;

    StoreFiller(EventStorageEngine engine, MongoDatabase database) {
        this.engine = engine;
        this.database = database;
    }

    long storedEvents() {
        long events = 0;
        for (Document commit : database.getCollection(EventStoreCollections.COMMITS).find()
                .projection(new Document("globalIndexes", 1))) {
            events += commit.getList("globalIndexes", Object.class).size();
        }
        return events;
    }

    void fillTo(long target) {
        long missing = target - storedEvents();
        while (missing > 0) {
            int size = (int) Math.min(PER_COMMIT, missing);
            String aggregateId = "bench-filler-" + aggregates++;
            List<GenericDomainEventMessage<FillerEvent>> events = new ArrayList<>(size);
            for (int sequence = 0; sequence < size; sequence++) {
                events.add(new GenericDomainEventMessage<>("BenchFiller", aggregateId, sequence,
                        new FillerEvent(aggregateId, sequence, TEXT), AuditMetaData.of(Actor.system("benchmark"))
                        .and(AuditMetaData.SYNTHETIC, true)));
            }
            engine.appendEvents(events);
            missing -= size;
        }
    }
}
