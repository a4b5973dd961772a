package org.gelplan.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.TallyProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting the application on the same data directory keeps every event and read model. */
class RestartIntegrationTest {

    @Test
    void restartingOnTheSameDataDirectoryKeepsEverything(@TempDir Path dataDir) {
        String[] properties = {"gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0", "gelplan.demo.enabled=true"};
        java.util.Set<String> eventsBefore;
        try (GelPlanNode first = GelPlanNode.start(properties)) {
            for (int i = 0; i < 10; i++) {
                first.count("kept", i);
            }
            first.awaitProjections();
            eventsBefore = eventIds(first);
        }

        try (GelPlanNode second = GelPlanNode.start(properties)) {
            second.count("kept", 10);
            second.awaitProjections();

            assertThat(second.bean(EventStore.class).readEvents("kept").asStream().count()).isEqualTo(11);
            assertThat(eventIds(second)).containsAll(eventsBefore);
            assertThat(second.bean(TallyProjection.class).seen()).isEqualTo(11);
            assertThat(second.bean(TallyProjection.class).duplicates()).isZero();
        }
    }

    private static java.util.Set<String> eventIds(GelPlanNode node) {
        return node.bean(EventStorageEngine.class).readEvents(null, false)
                .map(e -> e.getIdentifier()).collect(java.util.stream.Collectors.toSet());
    }
}
