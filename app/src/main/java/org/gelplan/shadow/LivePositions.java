package org.gelplan.shadow;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a live processor stands, read from its status on this node (never from a token claim, which
 * would take a segment away from its owner). Every segment must be processed here to compare against it.
 */
@Component
class LivePositions {

    private static final long POLL_MILLIS = 10;

    private final TokenStore tokens;

    LivePositions(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** Each segment's position, by segment id. */
    Map<Integer, Long> of(StreamingEventProcessor processor) {
        Map<Integer, Long> positions = new TreeMap<>();
        processor.processingStatus().forEach((segment, status) -> positions.put(segment, position(status)));
        return positions;
    }

    /** Waits until every segment of the processor has handled the events up to {@code target}. */
    boolean awaitReached(StreamingEventProcessor processor, long target, Duration timeout) throws InterruptedException {
        int segments = tokens.fetchSegments(processor.getName()).length;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(processor, target, segments)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    private static boolean reached(StreamingEventProcessor processor, long target, int segments) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return status.size() >= segments && status.values().stream()
                .allMatch(s -> !s.isErrorState() && position(s) >= target);
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }
}
