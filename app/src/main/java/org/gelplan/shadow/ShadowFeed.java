package org.gelplan.shadow;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Feeds the stored events, from the first, to a shadow's handlers in global order, one thread, up to a
 * position and no further. A handler that fails is logged and counted, and the next event goes on, as
 * the live processors' default error handler does.
 */
final class ShadowFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ShadowFeed.class);
    private static final int FAILURES_KEPT = 10;

    private final BlockingStream<TrackedEventMessage<?>> events;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private final List<String> failures = new ArrayList<>();
    private long position = -1;
    private long handled;
    private long failed;

    ShadowFeed(EventStore store, List<AnnotationEventHandlerAdapter> handlers) {
        this.events = store.openStream(null);
        this.handlers = handlers;
    }

    /** What a processor reset does first: every handler's {@code @ResetHandler}, here on the shadow's store. */
    void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    /** Handles every event up to and including {@code target}; gives up when none arrives for {@code patience}. */
    void upTo(long target, Duration patience) throws InterruptedException {
        while (position < target) {
            if (!events.hasNextAvailable((int) patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("no stored event after position " + position + " within " + patience);
            }
            TrackedEventMessage<?> next = events.peek().orElseThrow();
            long at = next.trackingToken().position().orElse(position);
            if (at > target) {
                return;
            }
            handle(events.nextAvailable());
            position = at;
        }
    }

    long position() {
        return position;
    }

    long handled() {
        return handled;
    }

    long failed() {
        return failed;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    private void handle(TrackedEventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (!handler.canHandle(event)) {
                continue;
            }
            try {
                handler.handle(event);
                handled++;
            } catch (Exception e) {
                failed++;
                log.warn("Shadow {} failed on event {}", handler.getTargetType().getSimpleName(), event.getIdentifier(), e);
                if (failures.size() < FAILURES_KEPT) {
                    failures.add(handler.getTargetType().getSimpleName() + " on " + event.getPayloadType().getSimpleName()
                            + " " + event.getIdentifier() + ": " + e.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        events.close();
    }
}
