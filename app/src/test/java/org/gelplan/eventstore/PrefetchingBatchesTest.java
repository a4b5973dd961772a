package org.gelplan.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrefetchingBatchesTest {

    private final List<Long> stored = new CopyOnWriteArrayList<>();
    private final List<String> fetchThreads = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();

    @Test
    void readsEveryEventOnceInOrderAndFetchesFullBatchesAhead() {
        storeUpTo(10);

        assertThat(indexes(PrefetchingBatches.after(null, this::fetch, 3, Executors.newCachedThreadPool(), 1,
                PrefetchingBatchesTest::threeLater)))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(fetchThreads).anyMatch(name -> !name.equals(Thread.currentThread().getName()));
    }

    @Test
    void fetchesSeveralBatchesAheadWhenEachEndsWhereItsWindowDoes() {
        storeUpTo(20);

        assertThat(indexes(PrefetchingBatches.after(null, this::fetch, 3, Executors.newCachedThreadPool(), 3,
                PrefetchingBatchesTest::threeLater))).containsExactlyElementsOf(LongStream.rangeClosed(0, 20).boxed().toList());
        // seven full batches and the empty one that ends the stream; guesses past the end find nothing
        assertThat(fetches.get()).isBetween(8, 11);
    }

    @Test
    void aGuessedWindowThatEndedElsewhereIsFetchedAgainAfterTheRealEnd() {
        storeUpTo(5);
        stored.addAll(List.of(7L, 8L, 9L, 10L, 11L, 12L)); // 6 was never stored: the batch after 5 ends at 9, not 8

        assertThat(indexes(PrefetchingBatches.after(null, this::fetch, 3, Executors.newCachedThreadPool(), 3,
                PrefetchingBatchesTest::threeLater))).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void startsAfterTheGivenToken() {
        storeUpTo(6);

        assertThat(indexes(PrefetchingBatches.after(token(2), this::fetch, 3, Runnable::run, 1,
                PrefetchingBatchesTest::threeLater)))
                .containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void anEmptyPrefetchIsNotTheEndWhenEventsArriveBeforeTheBatchIsNeeded() {
        storeUpTo(2);
        Stream<TrackedEventData<?>> events = PrefetchingBatches.after(null, this::fetch, 3, Runnable::run, 1,
                PrefetchingBatchesTest::threeLater);
        List<Long> read = new ArrayList<>();
        var iterator = events.iterator();
        for (int i = 0; i < 3; i++) {
            read.add(index(iterator.next()));
        }
        // the prefetch of the batch after index 2 ran (inline) and found nothing; then 3 and 4 arrive
        storeUpTo(4);
        iterator.forEachRemaining(event -> read.add(index(event)));

        assertThat(read).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void aFailedPrefetchFailsTheStreamWithItsCause() {
        storeUpTo(2);
        Stream<TrackedEventData<?>> events = PrefetchingBatches.after(null, last -> {
            if (last != null) {
                throw new IllegalStateException("store unavailable");
            }
            return fetch(null);
        }, 3, Executors.newCachedThreadPool(), 1, PrefetchingBatchesTest::threeLater);

        assertThatThrownBy(() -> indexes(events)).isInstanceOf(IllegalStateException.class)
                .hasMessage("store unavailable");
    }

    private void storeUpTo(long last) {
        for (long index = stored.size(); index <= last; index++) {
            stored.add(index);
        }
    }

    private List<? extends TrackedEventData<?>> fetch(TrackingToken after) {
        fetches.incrementAndGet();
        fetchThreads.add(Thread.currentThread().getName());
        long from = after == null ? 0 : after.position().orElseThrow() + 1;
        return stored.stream().filter(index -> index >= from).limit(3).map(PrefetchingBatchesTest::event).toList();
    }

    private static TrackedEventData<?> event(long index) {
        return new TrackedDomainEventData<>(token(index), new GenericDomainEventEntry<>("Tally", "t", index, "e" + index,
                "2009-09-21T15:00:00Z", "Counted", null, new byte[0], new byte[0]));
    }

    private static TrackingToken threeLater(TrackingToken last) {
        return token(last.position().orElseThrow() + 3);
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }

    private static long index(TrackedEventData<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    private static List<Long> indexes(Stream<TrackedEventData<?>> events) {
        try (events) {
            return events.map(PrefetchingBatchesTest::index).toList();
        }
    }
}
