package org.gelplan.demo;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.gelplan.core.AuditMetaData;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Without GEL_DEMO_HISTORY the demo has no history, and nothing in the store is synthetic. */
class DemoHistoryOffIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private EventStore eventStore;

    @Test
    void isOffByDefaultAndNoEventIsSynthetic() throws InterruptedException {
        assertThat(context.getBeansOfType(DemoHistory.class)).isEmpty();
        int events = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                assertThat(AuditMetaData.isSynthetic(event.getMetaData())).as("%s", event.getPayloadType()).isFalse();
                events++;
            }
        }
        assertThat(events).isPositive();
    }
}
