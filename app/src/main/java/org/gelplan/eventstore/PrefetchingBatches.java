package org.gelplan.eventstore;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.gelplan.core.Futures;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The tracked events after a token as a stream of batches, like Axon's batching engine reads them
 * (each batch fetched after the last event of the one before; the stream ends at an empty batch),
 * except that after a full batch the next ones are fetched on other threads while this one is handled.
 *
 * <p>A processor catching up (a rebuild) otherwise waited, batch after batch, for the store's round
 * trips and the decoding of the reply before it could handle anything more. Only a full batch starts a
 * prefetch: at the head batches are short and are read as before. A prefetch that found nothing is not
 * taken as the end: the batch is fetched again when it is needed, so an event stored meanwhile is seen.
 *
 * <p>With a {@code depth} above one, the batches after the next are fetched too, each after the token the
 * batch before it would end with if its window is complete ({@code nextWindow}). The guess is checked
 * when the batch before it has arrived: a batch that ended elsewhere (a hole in its window, a gap filled)
 * discards the guesses and the next batch is fetched after the real token. A rebuild's fetches then
 * overlap one another instead of following each other.
 */
final class PrefetchingBatches extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

    private record Prefetch(TrackingToken after, CompletableFuture<List<? extends TrackedEventData<?>>> events) {
    }

    private final Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch;
    private final int batchSize;
    private final Executor executor;
    private final int depth;
    private final UnaryOperator<TrackingToken> nextWindow;
    private final Deque<Prefetch> ahead = new ArrayDeque<>();
    private TrackingToken last;
    private Iterator<? extends TrackedEventData<?>> batch;
    private boolean ended;

    private PrefetchingBatches(TrackingToken start, Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                               int batchSize, Executor executor, int depth, UnaryOperator<TrackingToken> nextWindow) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.last = start;
        this.fetch = fetch;
        this.batchSize = batchSize;
        this.executor = executor;
        this.depth = depth;
        this.nextWindow = nextWindow;
    }

    /**
     * The events after {@code start}; {@code fetch} reads the batch after a token (null: from the first event).
     * Up to {@code depth} batches are fetched ahead; {@code nextWindow} gives the token a full batch after a
     * token ends with when its window holds every index (unused with a depth of one).
     */
    static Stream<TrackedEventData<?>> after(TrackingToken start,
                                             Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                                             int batchSize, Executor executor, int depth,
                                             UnaryOperator<TrackingToken> nextWindow) {
        PrefetchingBatches batches = new PrefetchingBatches(start, fetch, batchSize, executor, depth, nextWindow);
        return StreamSupport.stream(batches, false).onClose(batches::cancel);
    }

    @Override
    public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
        while (batch == null || !batch.hasNext()) {
            if (ended) {
                return false;
            }
            List<? extends TrackedEventData<?>> events = nextBatch();
            if (events.isEmpty()) {
                cancel();
                return false;
            }
            last = events.get(events.size() - 1).trackingToken();
            batch = events.iterator();
            if (events.size() >= batchSize) {
                fetchAhead();
            } else {
                discardAhead();
            }
        }
        action.accept(batch.next());
        return true;
    }

    private void fetchAhead() {
        while (ahead.size() < depth) {
            TrackingToken after = ahead.isEmpty() ? last : nextWindow.apply(ahead.peekLast().after());
            ahead.add(new Prefetch(after, CompletableFuture.supplyAsync(() -> fetch.apply(after), executor)));
        }
    }

    private List<? extends TrackedEventData<?>> nextBatch() {
        Prefetch next = ahead.poll();
        if (next != null && next.after().equals(last)) {
            List<? extends TrackedEventData<?>> events = Futures.join(next.events());
            if (!events.isEmpty()) {
                return events;
            }
        }
        discardAhead();
        return fetch.apply(last);
    }

    private void discardAhead() {
        ahead.forEach(prefetch -> prefetch.events().cancel(false));
        ahead.clear();
    }

    private void cancel() {
        ended = true;
        discardAhead();
    }
}
