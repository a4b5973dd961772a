package org.gelplan.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A coordinator told of a local publication must see the published events on its next look, not on
 * the next poll: the producer that hands them to its stream is woken only after the callback ran.
 */
class EventArrivalsTest {

    private EventArrivals arrivals;
    private BlockingStream<TrackedEventMessage<?>> inner;
    private Consumer<List<? extends EventMessage<?>>> subscriber;

    @AfterEach
    void stop() {
        if (arrivals != null) {
            arrivals.stop();
        }
    }

    @Test
    void aStreamToldOfAPublicationFindsTheEventOnItsNextLook() throws Exception {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        try {
            arrivals = new EventArrivals(store);
            for (int round = 0; round < 20; round++) {
                try (BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(store.createHeadToken())) {
                    AtomicInteger calledBack = new AtomicInteger();
                    stream.setOnAvailableCallback(calledBack::incrementAndGet);
                    assertThat(stream.hasNextAvailable()).isFalse();

                    store.publish(GenericEventMessage.asEventMessage("round " + round));

                    assertThat(calledBack.get()).isPositive();
                    assertThat(stream.hasNextAvailable()).as("round %d", round).isTrue();
                    assertThat(stream.nextAvailable().getPayload()).isEqualTo("round " + round);
                }
            }
        } finally {
            store.shutDown();
        }
    }

    @Test
    void onlyAPublicationMakesTheNextLookWaitAndOnlyOnce() throws Exception {
        overAMockedStore();
        BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(null);
        AtomicInteger calledBack = new AtomicInteger();
        stream.setOnAvailableCallback(calledBack::incrementAndGet);

        assertThat(stream.hasNextAvailable()).isFalse();
        verify(inner, never()).hasNextAvailable(anyInt(), any());

        int polled = calledBack.get(); // the 50 ms poll calls back too, but makes no look wait
        publish(List.of(GenericEventMessage.asEventMessage("published")));
        assertThat(calledBack.get()).isGreaterThan(polled);
        when(inner.hasNextAvailable(anyInt(), any())).thenReturn(true);
        assertThat(stream.hasNextAvailable()).isTrue();
        verify(inner).hasNextAvailable((int) EventArrivals.PRODUCER_WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(stream.hasNextAvailable()).isFalse();
        verify(inner, times(1)).hasNextAvailable(anyInt(), any());

        stream.close();
        int beforeClose = calledBack.get();
        publish(List.of(GenericEventMessage.asEventMessage("after close")));
        assertThat(calledBack.get()).isEqualTo(beforeClose);
    }

    @Test
    void aPublicationOfOnlyTypesTheProcessorIgnoresLeavesItsCoordinatorToThePoll() throws Exception {
        overAMockedStore();
        BlockingStream<TrackedEventMessage<?>> stream = arrivals.openStream(null);
        stream.setOnAvailableCallback(() -> {
        });
        stream.skipMessagesWithPayloadTypeOf(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(0),
                GenericEventMessage.asEventMessage("ignored")));

        publish(List.of(GenericEventMessage.asEventMessage("also ignored")));
        assertThat(stream.hasNextAvailable()).isFalse();
        verify(inner, never()).hasNextAvailable(anyInt(), any());

        publish(List.of(GenericEventMessage.asEventMessage("ignored"),
                GenericEventMessage.asEventMessage(42L)));
        assertThat(stream.hasNextAvailable()).isFalse();
        verify(inner).hasNextAvailable((int) EventArrivals.PRODUCER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Arrivals over a mocked event store whose streams are {@link #inner}; {@link #publish} is its subscription. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void overAMockedStore() {
        EventStore store = mock(EventStore.class);
        inner = mock(BlockingStream.class);
        when(store.openStream(any())).thenReturn((BlockingStream) inner);
        arrivals = new EventArrivals(store);
        ArgumentCaptor<Consumer<List<? extends EventMessage<?>>>> subscription = ArgumentCaptor.forClass(Consumer.class);
        verify(store).subscribe(subscription.capture());
        subscriber = subscription.getValue();
    }

    private void publish(List<? extends EventMessage<?>> events) {
        subscriber.accept(events);
    }
}
