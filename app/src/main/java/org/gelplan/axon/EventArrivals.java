package org.gelplan.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the pooled processors read it, with streams that tell their coordinator when
 * events may have arrived.
 *
 * <p>Axon's pooled coordinator, finding no event and a stream without an availability callback
 * (as {@code EmbeddedEventStore}'s are), looks again only after a fixed 500 ms. Every projection then
 * saw a new event up to half a second late, at the head and between a rebuild's batches, and
 * read-your-writes waited for that. Here a coordinator is called back after each local publication
 * and, for events stored by another node or a stream that ran dry mid-replay, every {@link #POLL}.
 */
final class EventArrivals implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final Duration POLL = Duration.ofMillis(50);

    private final EventStore eventStore;
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    EventArrivals(EventStore eventStore) {
        this.eventStore = eventStore;
        eventStore.subscribe(events -> notifyAll(callbacks));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-arrivals");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> notifyAll(callbacks), POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the poller with the application context, so that contexts started and closed leave no thread behind. */
    void stop() {
        poller.shutdownNow();
    }

    private static void notifyAll(Set<Runnable> callbacks) {
        callbacks.forEach(Runnable::run);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(eventStore.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private Runnable callback;

        Stream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                callbacks.remove(this.callback);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            return events.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            events.close();
        }
    }
}
