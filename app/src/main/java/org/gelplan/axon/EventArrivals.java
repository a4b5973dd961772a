package org.gelplan.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store as the pooled processors read it, with streams that tell their coordinator when
 * events may have arrived.
 *
 * <p>Axon's pooled coordinator, finding no event and a stream without an availability callback
 * (as {@code EmbeddedEventStore}'s are), looks again only after a fixed 500 ms. Every projection then
 * saw a new event up to half a second late, at the head and between a rebuild's batches, and
 * read-your-writes waited for that. Here a coordinator is called back after each local publication
 * and, for events stored by another node or a stream that ran dry mid-replay, every {@link #POLL}.
 *
 * <p>The callback after a publication runs before {@code EmbeddedEventStore}'s producer has even been
 * asked to fetch the new events (it is woken in the publishing unit of work's after-commit phase), so a
 * coordinator that looked at once found nothing and waited for the next poll: read-your-writes took a
 * median of 19 ms, most of it that wait. A stream told of a publication therefore waits, once and up
 * to {@link #PRODUCER_WAIT}, for the producer to hand the events over.
 *
 * <p>The streams also leave out the events of types the processor has no handler for ({@link SkippingStream}),
 * and a publication of only such events does not wake the coordinator: the next poll moves its position
 * past them, with those of the other publications of that interval. At the head, where a stream holds an
 * event or two, every processor otherwise woke its coordinator and both work packages for every event
 * it then ignored.
 */
final class EventArrivals implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final Duration POLL = Duration.ofMillis(50);
    /** How long a stream told of a publication waits for the producer to fetch it: a few store reads. */
    static final Duration PRODUCER_WAIT = Duration.ofMillis(25);

    private final EventStore eventStore;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller;

    EventArrivals(EventStore eventStore) {
        this.eventStore = eventStore;
        eventStore.subscribe(events -> streams.forEach(stream -> stream.published(events)));
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-arrivals");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> streams.forEach(Stream::callBack), POLL.toMillis(), POLL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Ends the poller with the application context, so that contexts started and closed leave no thread behind. */
    void stop() {
        poller.shutdownNow();
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(new SkippingStream(eventStore.openStream(trackingToken)));
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

        private final SkippingStream events;
        private final AtomicBoolean publicationPending = new AtomicBoolean();
        private volatile Runnable callback;

        Stream(SkippingStream events) {
            this.events = events;
        }

        /** Wakes the coordinator, unless its processor has no handler for any of these events: the poll will do. */
        void published(List<? extends EventMessage<?>> published) {
            if (events.skipsAll(published)) {
                return;
            }
            publicationPending.set(true);
            callBack();
        }

        void callBack() {
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            streams.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (events.hasNextAvailable()) {
                return true;
            }
            if (!publicationPending.getAndSet(false)) {
                return false;
            }
            try {
                return events.hasNextAvailable((int) PRODUCER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
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
            streams.remove(this);
            events.close();
        }
    }
}
