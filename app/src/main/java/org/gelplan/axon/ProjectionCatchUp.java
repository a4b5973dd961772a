package org.gelplan.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Waits, for a bounded time, until this node's event processors have handled everything stored so
 * far, so that a client who just sent a command reads its own write. Segments claimed by another
 * node cannot be observed here and are not waited for.
 */
@Component
public class ProjectionCatchUp {

    private static final long POLL_MILLIS = 5;

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    ProjectionCatchUp(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** @return whether every locally claimed segment reached the store's head within the timeout */
    public boolean awaitHead(Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong target = head == null ? OptionalLong.empty() : head.position();
        if (target.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUpTo(target.getAsLong())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private boolean caughtUpTo(long position) {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning).toList();
        return processors.stream().flatMap(p -> p.processingStatus().values().stream())
                .filter(status -> !status.isErrorState())
                .allMatch(status -> reached(status, position));
    }

    private static boolean reached(EventTrackerStatus status, long position) {
        return status.getCurrentPosition().orElse(-1) >= position;
    }
}
