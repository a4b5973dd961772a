package org.gelplan.eventstore;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The tracked events after a token as a stream of batches, like Axon's batching engine reads them
 * (each batch fetched after the last event of the one before; the stream ends at an empty batch),
 * except that after a full batch the next one is fetched on another thread while this one is handled.
 *
 * <p>A processor catching up (a rebuild) otherwise waited, batch after batch, for the store's round
 * trips and the decoding of the reply before it could handle anything more. Only a full batch starts a
 * prefetch: at the head batches are short and are read as before. A prefetch that found nothing is not
 * taken as the end: the batch is fetched again when it is needed, so an event stored meanwhile is seen.
 */
final class PrefetchingBatches extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

    private final Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch;
    private final int batchSize;
    private final Executor executor;
    private TrackingToken last;
    private Iterator<? extends TrackedEventData<?>> batch;
    private CompletableFuture<List<? extends TrackedEventData<?>>> next;
    private boolean ended;

    private PrefetchingBatches(TrackingToken start, Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                               int batchSize, Executor executor) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.last = start;
        this.fetch = fetch;
        this.batchSize = batchSize;
        this.executor = executor;
    }

    /** The events after {@code start}; {@code fetch} reads the batch after a token (null: from the first event). */
    static Stream<TrackedEventData<?>> after(TrackingToken start,
                                             Function<TrackingToken, List<? extends TrackedEventData<?>>> fetch,
                                             int batchSize, Executor executor) {
        PrefetchingBatches batches = new PrefetchingBatches(start, fetch, batchSize, executor);
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
                ended = true;
                return false;
            }
            last = events.get(events.size() - 1).trackingToken();
            batch = events.iterator();
            if (events.size() >= batchSize) {
                TrackingToken after = last;
                next = CompletableFuture.supplyAsync(() -> fetch.apply(after), executor);
            }
        }
        action.accept(batch.next());
        return true;
    }

    private List<? extends TrackedEventData<?>> nextBatch() {
        CompletableFuture<List<? extends TrackedEventData<?>>> prefetched = next;
        next = null;
        if (prefetched != null) {
            try {
                List<? extends TrackedEventData<?>> events = prefetched.join();
                if (!events.isEmpty()) {
                    return events;
                }
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return fetch.apply(last);
    }

    private void cancel() {
        ended = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
