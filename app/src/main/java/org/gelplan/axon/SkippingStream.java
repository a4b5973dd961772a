package org.gelplan.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A processor's event stream that leaves out the events of payload types its processor has none of
 * its handlers for, as Axon's pooled coordinator asks through
 * {@link BlockingStream#skipMessagesWithPayloadTypeOf} (Axon Server's streams honour it; the embedded
 * event store's ignore it).
 *
 * <p>Every projection handles a few of the domain's event types, so most of a rebuild's events are
 * ones it ignores, and for each of them the coordinator offered the message to every segment's work
 * package, recorded it in the processor's monitors and advanced each segment's token in turn: the
 * larger part of a rebuild's time. Left out here, they cost a payload type look-up.
 *
 * <p>Positions still advance: a left-out event is dropped only once a later event is available, whose
 * token covers it. The last left-out event before the stream runs dry is delivered (the coordinator
 * ignores it and its segments pass its position), so a processor still reaches the store's head.
 * Called by the processor's coordinator thread only, as Axon's streams are.
 */
final class SkippingStream implements BlockingStream<TrackedEventMessage<?>> {

    private final BlockingStream<TrackedEventMessage<?>> events;
    private final Set<Class<?>> skippedTypes = ConcurrentHashMap.newKeySet();
    /** The newest left-out event taken from the stream and not delivered: it carries the latest position. */
    private TrackedEventMessage<?> held;

    SkippingStream(BlockingStream<TrackedEventMessage<?>> events) {
        this.events = events;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        leaveOutSkipped();
        if (held != null && !events.hasNextAvailable()) {
            return Optional.of(held);
        }
        held = null;
        return events.peek();
    }

    @Override
    public boolean hasNextAvailable() {
        leaveOutSkipped();
        return held != null || events.hasNextAvailable();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return hasNextAvailable() || events.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        leaveOutSkipped();
        TrackedEventMessage<?> last = held;
        held = null;
        return last != null && !events.hasNextAvailable() ? last : events.nextAvailable();
    }

    /** Whether every one of these events is of a type this stream leaves out: nothing in them for its processor. */
    boolean skipsAll(List<? extends EventMessage<?>> published) {
        return published.stream().allMatch(event -> skippedTypes.contains(event.getPayloadType()));
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        skippedTypes.add(ignoredMessage.getPayloadType());
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        return events.setOnAvailableCallback(callback);
    }

    @Override
    public void close() {
        held = null;
        events.close();
    }

    /** Takes every available event of a skipped type, keeping only the newest of them. */
    private void leaveOutSkipped() {
        while (events.hasNextAvailable()) {
            Optional<TrackedEventMessage<?>> next = events.peek();
            if (next.isEmpty() || !skippedTypes.contains(next.get().getPayloadType())) {
                return;
            }
            try {
                held = events.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
