package org.gelplan.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;

/**
 * Left-out events cost no delivery, but the position a processor reaches is the same as without them,
 * and an event of a handled type is never left out.
 */
class SkippingStreamTest {

    private final AvailableEvents source = new AvailableEvents();
    private final SkippingStream stream = new SkippingStream(source);

    @Test
    void deliversEverythingUntilTheProcessorSaysWhatItIgnores() throws Exception {
        source.add(0, 1L, 2L, "handled");

        assertThat(drain()).extracting(SkippingStreamTest::payload).containsExactly(1L, 2L, "handled");
    }

    @Test
    void leavesOutIgnoredEventsThatALaterEventCovers() throws Exception {
        source.add(0, 1L);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        source.add(1, 2L, 3L, "handled", 4L, "again", 5L, 6L);

        List<TrackedEventMessage<?>> delivered = drain();

        assertThat(delivered).extracting(SkippingStreamTest::payload).containsExactly("handled", "again", 6L);
        assertThat(delivered).extracting(this::position).containsExactly(3L, 5L, 7L);
    }

    @Test
    void theLastIgnoredEventBeforeTheStreamRunsDryCarriesThePositionThenLaterOnesAreStillSeen() throws Exception {
        source.add(0, 1L);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        source.add(1, 2L, 3L);

        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.peek()).map(this::position).contains(2L);
        assertThat(position(stream.nextAvailable())).isEqualTo(2L);
        assertThat(stream.hasNextAvailable()).isFalse();
        assertThat(stream.peek()).isEmpty();

        source.add(3, "handled");
        assertThat(stream.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("handled");
    }

    @Test
    void peekAndNextAgreeWhenAHandledEventFollows() throws Exception {
        source.add(0, 1L);
        stream.skipMessagesWithPayloadTypeOf(stream.nextAvailable());
        source.add(1, 2L, "handled");

        TrackedEventMessage<?> peeked = stream.peek().orElseThrow();
        assertThat(stream.nextAvailable()).isSameAs(peeked);
        assertThat(peeked.getPayload()).isEqualTo("handled");
    }

    private List<TrackedEventMessage<?>> drain() throws InterruptedException {
        List<TrackedEventMessage<?>> delivered = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            delivered.add(stream.nextAvailable());
        }
        return delivered;
    }

    private static Object payload(TrackedEventMessage<?> event) {
        return event.getPayload();
    }

    private long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    /** A stream over the events added so far, each at the next global position. */
    private static final class AvailableEvents implements BlockingStream<TrackedEventMessage<?>> {

        private final Deque<TrackedEventMessage<?>> available = new ArrayDeque<>();

        void add(long firstPosition, Object... payloads) {
            for (int i = 0; i < payloads.length; i++) {
                available.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(firstPosition + i),
                        asEventMessage(payloads[i])));
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.ofNullable(available.peek());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) {
            return !available.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            return available.remove();
        }

        @Override
        public void close() {
            available.clear();
        }
    }
}
