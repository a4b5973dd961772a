package org.gelplan.eventstore;

import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.TallyProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts with their own token owner ids share one store, as two servers would:
 * commands from both interleave on shared aggregates, and every event is stored once and handled
 * once by the tracking processors, whichever node claimed the segment.
 */
class TwoNodesIntegrationTest {

    @Test
    void twoNodesSharingOneStoreLoseDuplicateAndSkipNothing(@TempDir Path dataDir) throws Exception {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(dataDir, 0)) {
            String uri = store.connectionString("gelplan").toString();
            try (GelPlanNode a = GelPlanNode.start("gelplan.mongodb-uri=" + uri, "gelplan.axon.node-id=node-a");
                 GelPlanNode b = GelPlanNode.start("gelplan.mongodb-uri=" + uri, "gelplan.axon.node-id=node-b")) {
                AtomicInteger acknowledged = new AtomicInteger();
                ExecutorService clients = Executors.newFixedThreadPool(4);
                List<Future<?>> done = new ArrayList<>();
                for (int client = 0; client < 4; client++) {
                    GelPlanNode node = client % 2 == 0 ? a : b;
                    int id = client;
                    done.add(clients.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            node.count("shared-" + (i % 3), id * 100 + i);
                            acknowledged.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
                clients.shutdown();
                a.awaitProjections();
                b.awaitProjections();

                TallyProjection onA = a.bean(TallyProjection.class);
                TallyProjection onB = b.bean(TallyProjection.class);
                awaitSeen(onA, acknowledged.get());
                assertThat(onA.seen()).isEqualTo(acknowledged.get());
                assertThat(onA.duplicates() + onB.duplicates()).isZero();
                long stored = a.bean(org.springframework.data.mongodb.core.MongoTemplate.class)
                        .getCollection(EventStoreCollections.COMMITS).countDocuments(
                                new org.bson.Document("events.payloadType", "org.gelplan.testsupport.Tally$Counted"));
                assertThat(stored).isEqualTo(acknowledged.get());
                int segmentsA = a.processor(TallyProjection.GROUP).processingStatus().size();
                int segmentsB = b.processor(TallyProjection.GROUP).processingStatus().size();
                assertThat(segmentsA + segmentsB).isEqualTo(2);
            }
        }
    }

    private static void awaitSeen(TallyProjection projection, long expected) throws InterruptedException {
        for (int i = 0; i < 600 && projection.seen() < expected; i++) {
            Thread.sleep(50);
        }
    }
}
