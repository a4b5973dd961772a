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
    private static final int PROBE = 16;

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

    /**
     * The events after the token, in its gaps and in the next window of {@code batchSize} indexes, and none
     * past that window (a commit that reaches beyond it is read again by the next fetch): so a batch whose
     * window was complete ends exactly at the window's last index, which lets a reader fetch the following
     * window before this one is handled ({@link PrefetchingBatches}).
     */
    List<TrackedEvent> fetch(GapAwareTrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken previous = gapTimeouts.clean(lastToken);
        long after = previous == null ? -1 : previous.getIndex();
        SortedSet<Long> gaps = previous == null ? new TreeSet<>() : previous.getGaps();
        // known first: an index handed out later is left for the next fetch, and none past it is asked for
        long known = allocator.highestKnown();
        Scan scan = known > after ? scan(after, gaps, known, batchSize) : null;
        if (scan == null || !scan.foundAny(after)) {
            // Nothing stored up to the highest index this node knows: its own last allocations may be abandoned
            // ones (a lost race) with another node's events after them, so read the counter and scan again from
            // the token. Again from the token, not on from where the first scan stopped: every index a scan asks
            // for was handed out before the scan began, so an event it finds has every earlier event of its
            // aggregate stored before it and found by the same scan (never delivered after it from a gap).
            long counted = allocator.highestAllocated();
            if (scan == null || counted > known) {
                scan = scan(after, gaps, counted, batchSize);
            }
        }
        long end = scan.lastAsked();
        return tokensFor(previous, scan.found().stream()
                .filter(e -> e.globalIndex() > after && e.globalIndex() <= end || gaps.contains(e.globalIndex()))
                .collect(Collectors.toMap(StoredEvent::globalIndex, e -> e, (a, b) -> a, java.util.TreeMap::new))
                .values());
    }

    /** The events read in the token's gaps and in windows after it, up to the first window with one, none past {@code highest}. */
    private record Scan(List<StoredEvent> found, long lastAsked) {

        boolean foundAny(long after) {
            return anyBetween(found, after, lastAsked);
        }
    }

    private Scan scan(long after, SortedSet<Long> gaps, long highest, int batchSize) {
        Set<Long> wanted = new TreeSet<>(gaps);
        List<Long> window = window(after + 1, highest, batchSize);
        wanted.addAll(window);
        long lastAsked = window.isEmpty() ? after : window.get(window.size() - 1);
        List<StoredEvent> found = new ArrayList<>(wanted.isEmpty() ? List.of() : reader.eventsAt(wanted));
        while (!anyBetween(found, after, lastAsked) && lastAsked < highest) {
            window = window(lastAsked + 1, highest, batchSize);
            lastAsked = window.get(window.size() - 1);
            found.addAll(reader.eventsAt(window));
        }
        return new Scan(found, lastAsked);
    }

    private static boolean anyBetween(List<StoredEvent> events, long after, long last) {
        return events.stream().anyMatch(e -> e.globalIndex() > after && e.globalIndex() <= last);
    }

    /** The position just past the newest stored event, with the still-unwritten indexes below it as gaps. */
    TrackingToken headToken(long highestAllocated) {
        if (highestAllocated < 0) {
            return null;
        }
        // Writers insert right after allocating, so unwritten indexes can only sit near the head.
        long windowStart = Math.max(0, highestAllocated - HEAD_WINDOW + 1);
        SortedSet<Long> stored = reader.storedAmong(window(windowStart, highestAllocated, HEAD_WINDOW));
        if (stored.isEmpty()) {
            return GapAwareTrackingToken.newInstance(highestAllocated, List.of());
        }
        long newest = stored.last();
        List<Long> gaps = LongStream.range(windowStart, newest).filter(i -> !stored.contains(i)).boxed().toList();
        return GapAwareTrackingToken.newInstance(newest, gaps);
    }

    /**
     * The newest stored index: the head token's position without its gaps, found by probing down from
     * the highest allocated index a chunk at a time (usually one small read: the top index is stored).
     */
    long newestStored(long highestAllocated) {
        long floor = Math.max(0, highestAllocated - HEAD_WINDOW + 1);
        for (long top = highestAllocated; top >= floor; top -= PROBE) {
            long from = Math.max(floor, top - PROBE + 1);
            SortedSet<Long> stored = reader.storedAmong(window(from, top, PROBE));
            if (!stored.isEmpty()) {
                return stored.last();
            }
        }
        return highestAllocated;
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

    /** Up to {@code size} indexes from {@code start}, none past {@code highest}. */
    private static List<Long> window(long start, long highest, int size) {
        return LongStream.rangeClosed(start, Math.min(highest, start + size - 1)).boxed().toList();
    }
}
