package org.gelplan.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Finds the first stored event at or after an instant by binary search over the global index,
 * probing with {@code $in} windows, since a range query on timestamps would scan the collection.
 */
class TokenAtInstantSearch {

    private static final int PROBE_WINDOW = 64;

    private final CommitReader reader;
    private final long highestAllocated;

    TokenAtInstantSearch(CommitReader reader, long highestAllocated) {
        this.reader = reader;
        this.highestAllocated = highestAllocated;
    }

    TrackingToken tokenAt(Instant instant) {
        long low = 0;
        long high = highestAllocated + 1;
        Long candidate = null;
        while (low < high) {
            long middle = low + (high - low) / 2;
            Optional<StoredEvent> probe = firstStoredFrom(middle, high);
            if (probe.isEmpty()) {
                high = middle;
            } else if (!Instant.parse(probe.get().timestamp()).isBefore(instant)) {
                candidate = probe.get().globalIndex();
                high = middle;
            } else {
                low = probe.get().globalIndex() + 1;
            }
        }
        if (candidate == null) {
            return GapAwareTrackingToken.newInstance(highestAllocated, List.of());
        }
        return candidate == 0 ? null : GapAwareTrackingToken.newInstance(candidate - 1, List.of());
    }

    private Optional<StoredEvent> firstStoredFrom(long start, long endExclusive) {
        for (long from = start; from < endExclusive; from += PROBE_WINDOW) {
            long to = Math.min(endExclusive, from + PROBE_WINDOW);
            Optional<StoredEvent> first = reader.eventsAt(LongStream.range(from, to).boxed().toList()).stream()
                    .filter(e -> e.globalIndex() >= start)
                    .findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }
}
