package org.gelplan.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Reads the events after a gap-aware token: the token's open gaps plus a window of the next
 * {@code batchSize} global indexes, looked up with {@code $in} on the unique global-index key.
 * A window holding only never-written indexes is skipped up to the highest allocated index, so a
 * run of abandoned allocations never stalls a processor.
 */
class TrackedEventFetcher {

    record TrackedEvent(GapAwareTrackingToken token, StoredEvent event) {
    }

    private static final int HEAD_WINDOW = 256;

    private final CommitReader reader;
    private final GlobalIndexAllocator allocator;
    private final GapTimeouts gapTimeouts;
    private final int maxGapOffset;

    TrackedEventFetcher(CommitReader reader, GlobalIndexAllocator allocator, GapTimeouts gapTimeouts, int maxGapOffset) {
        this.reader = reader;
        this.allocator = allocator;
        this.gapTimeouts = gapTimeouts;
        this.maxGapOffset = maxGapOffset;
    }

    List<TrackedEvent> fetch(GapAwareTrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken previous = gapTimeouts.clean(lastToken);
        long after = previous == null ? -1 : previous.getIndex();
        SortedSet<Long> gaps = previous == null ? new TreeSet<>() : previous.getGaps();

        Set<Long> wanted = new TreeSet<>(gaps);
        wanted.addAll(window(after + 1, batchSize));
        List<StoredEvent> found = new ArrayList<>(reader.eventsAt(wanted));
        long windowStart = after + 1;
        Long highest = null;
        while (found.stream().noneMatch(e -> e.globalIndex() > after)) {
            highest = highest == null ? allocator.highestAllocated() : highest;
            windowStart += batchSize;
            if (windowStart > highest) {
                break;
            }
            found.addAll(reader.eventsAt(window(windowStart, batchSize)));
        }
        return tokensFor(previous, found.stream()
                .filter(e -> e.globalIndex() > after || gaps.contains(e.globalIndex()))
                .collect(Collectors.toMap(StoredEvent::globalIndex, e -> e, (a, b) -> a, java.util.TreeMap::new))
                .values());
    }

    /** The position just past the newest stored event, with the still-unwritten indexes below it as gaps. */
    TrackingToken headToken(long highestAllocated) {
        if (highestAllocated < 0) {
            return null;
        }
        // Writers insert right after allocating, so unwritten indexes can only sit near the head.
        long windowStart = Math.max(0, highestAllocated - HEAD_WINDOW + 1);
        TreeSet<Long> stored = reader.eventsAt(window(windowStart, (int) (highestAllocated - windowStart + 1))).stream()
                .map(StoredEvent::globalIndex).collect(Collectors.toCollection(TreeSet::new));
        if (stored.isEmpty()) {
            return GapAwareTrackingToken.newInstance(highestAllocated, List.of());
        }
        long newest = stored.last();
        List<Long> gaps = LongStream.range(windowStart, newest).filter(i -> !stored.contains(i)).boxed().toList();
        return GapAwareTrackingToken.newInstance(newest, gaps);
    }

    private List<TrackedEvent> tokensFor(GapAwareTrackingToken previous, Iterable<StoredEvent> events) {
        List<TrackedEvent> tracked = new ArrayList<>();
        GapAwareTrackingToken token = previous;
        for (StoredEvent event : events) {
            long index = event.globalIndex();
            token = token == null
                    ? GapAwareTrackingToken.newInstance(index, window(Math.max(0, index - maxGapOffset), (int) Math.min(index, maxGapOffset)))
                    : token.advanceTo(index, maxGapOffset);
            tracked.add(new TrackedEvent(token, event));
        }
        return tracked;
    }

    private static List<Long> window(long start, int size) {
        return LongStream.range(start, start + size).boxed().toList();
    }
}
