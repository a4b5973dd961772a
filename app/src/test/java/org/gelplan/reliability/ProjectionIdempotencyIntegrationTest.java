package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.gelplan.testsupport.GelPlanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoDatabase;

/**
 * Every projection is idempotent: delivering every stored event a second time to every event
 * processor's handlers (as an at-least-once delivery after a crash would) leaves every read model
 * as it was. Generic: a projection added tomorrow is covered without being named here.
 */
class ProjectionIdempotencyIntegrationTest {

    /** A policy sends commands rather than keeping a read model; its commands are refused by their aggregates. */
    private static final List<String> NOT_PROJECTIONS = List.of("compliance-policy");

    @Test
    void deliveringEveryEventTwiceChangesNoReadModel(@TempDir Path dataDir) throws Exception {
        try (GelPlanNode node = GelPlanNode.start("gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0",
                "gelplan.demo.enabled=true")) {
            node.awaitProjections();
            for (int i = 0; i < 20; i++) {
                node.count("idempotent-" + (i % 3), i);
            }
            node.awaitProjections();
            EventProcessingConfiguration processing = node.bean(EventProcessingConfiguration.class);
            processing.eventProcessors().values().forEach(p -> ((StreamingEventProcessor) p).shutDown());
            MongoDatabase database = node.bean(MongoTemplate.class).getDb();
            Map<String, List<String>> once = StoredRecord.readModels(database);
            List<TrackedEventMessage<?>> events = allEvents(node.bean(EventStore.class));

            List<String> projections = new ArrayList<>();
            processing.eventProcessors().forEach((name, processor) -> {
                if (!NOT_PROJECTIONS.contains(name)) {
                    projections.add(name);
                    EventHandlerInvoker handlers = ((AbstractEventProcessor) processor).eventHandlerInvoker();
                    events.forEach(event -> redeliver(handlers, event));
                }
            });

            assertThat(projections).contains("committee", "compliance-criteria", "plan-summary", "plan-matrix",
                    "plan-indicators", "tally");
            // the demo plan and the tallies at least (the full suite once saw 74 events here, fewer than
            // the demo alone stores when run by itself: not yet explained, see the closing note)
            assertThat(events).hasSizeGreaterThan(20)
                    .anySatisfy(event -> assertThat(event.getPayloadType().getSimpleName()).isEqualTo("PlanAdopted"))
                    .anySatisfy(event -> assertThat(event.getPayloadType().getSimpleName()).isEqualTo("Counted"));
            assertThat(StoredRecord.readModels(database)).as("read models after every event came twice to %s", projections)
                    .isEqualTo(once);
        }
    }

    private static void redeliver(EventHandlerInvoker handlers, TrackedEventMessage<?> event) {
        if (handlers.canHandle(event, Segment.ROOT_SEGMENT)) {
            DefaultUnitOfWork.startAndGet(event).execute(() -> {
                try {
                    handlers.handle(event, Segment.ROOT_SEGMENT);
                } catch (Exception e) {
                    throw new AssertionError("a second delivery of " + event.getPayloadType().getSimpleName() + " failed", e);
                }
            });
        }
    }

    private static List<TrackedEventMessage<?>> allEvents(EventStore store) throws InterruptedException {
        long head = store.createHeadToken().position().orElse(-1);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (var stream = store.openStream(null)) {
            while (stream.hasNextAvailable(30, java.util.concurrent.TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                events.add(event);
                if (event.trackingToken().position().orElse(-1) >= head) {
                    break;
                }
            }
        }
        return events;
    }
}
