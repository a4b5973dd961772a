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

    /**
     * Waits until every locally claimed segment reached the store's head, and again if handling
     * those events stored new ones (a policy sending a command), so the whole cascade is visible.
     *
     * @return whether that happened within the timeout
     */
    public boolean awaitHead(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long target = headPosition();
        while (true) {
            if (caughtUpTo(target)) {
                long newer = headPosition();
                if (newer == target) {
                    return true;
                }
                target = newer;
            } else if (System.nanoTime() > deadline) {
                return false;
            } else {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(-1);
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
