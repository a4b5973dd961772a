package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.LoggedEvent;
import org.gelplan.reporting.api.StoredEventLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Links newly stored events into the chain, in the order it finds them: by global index, except that an
 * index allocated earlier but written later (a concurrent writer) is linked when it arrives, after the
 * later ones. The order is the chain's, recorded by the positions. Several nodes may run it at once: the
 * unique position is the lock, and a node that loses reloads the head and carries on.
 */
public class ChainBuilder {

    /** Allocated indexes below the frontier that may still be written (writers insert right after allocating). */
    static final int GAP_WINDOW = 256;
    private static final int WINDOW = 500;
    private static final int LOST_RACES_BEFORE_GIVING_UP = 20;

    private final StoredEventLog log;
    private final AuditChainStore chain;
    private ChainTail tail;

    public ChainBuilder(StoredEventLog log, AuditChainStore chain) {
        this.log = log;
        this.chain = chain;
    }

    /** Links every event stored before this call; returns the head afterwards. */
    public synchronized ChainTail catchUp() {
        int lostRaces = 0;
        while (true) {
            if (tail == null || chain.exists(tail.length())) {
                tail = load();
            }
            long highest = log.highestAllocated();
            if (linkNext(highest)) {
                return tail;
            }
            if (++lostRaces > LOST_RACES_BEFORE_GIVING_UP) {
                throw new IllegalStateException("The audit chain could not be extended; run the verification");
            }
            tail = null;
        }
    }

    /** Links until nothing more is found; false when another node linked an entry first. */
    private boolean linkNext(long highest) {
        long windowStart = tail.frontier() + 1;
        boolean gapsChecked = false;
        while (windowStart <= highest || (!gapsChecked && !tail.gaps().isEmpty())) {
            gapsChecked = true;
            Set<Long> wanted = new TreeSet<>(tail.gaps());
            wanted.addAll(range(windowStart, Math.min(highest + 1, windowStart + WINDOW)));
            long from = windowStart;
            List<LoggedEvent> found = log.at(wanted).stream()
                    .filter(e -> e.globalIndex() <= highest && (e.globalIndex() >= from || tail.gaps().contains(e.globalIndex())))
                    .sorted(Comparator.comparingLong(LoggedEvent::globalIndex)).toList();
            List<ChainEntry> batch = new ArrayList<>(found.size());
            ChainTail next = tail;
            for (LoggedEvent event : found) {
                ChainEntry entry = ChainEntry.linking(next.last(), next.length(), event);
                batch.add(entry);
                next = next.after(entry);
            }
            int appended = chain.appendAll(batch);
            for (ChainEntry entry : batch.subList(0, appended)) {
                tail = tail.after(entry);
            }
            if (appended < batch.size()) {
                return false;
            }
            // A window of never-written indexes (lost races, crashed writers) is skipped.
            windowStart = Math.max(tail.frontier() + 1, windowStart + WINDOW);
        }
        return true;
    }

    private ChainTail load() {
        long length = chain.length();
        if (length == 0) {
            return ChainTail.EMPTY;
        }
        ChainEntry last = chain.entry(length - 1).orElseThrow();
        long low = Math.max(0, last.frontier() - GAP_WINDOW);
        Set<Long> linked = chain.linkingGlobalIndexes(range(low, last.frontier())).keySet();
        TreeSet<Long> gaps = new TreeSet<>(range(low, last.frontier()));
        gaps.removeAll(linked);
        return new ChainTail(length, last, gaps);
    }

    static List<Long> range(long fromInclusive, long toExclusive) {
        return LongStream.range(fromInclusive, Math.max(fromInclusive, toExclusive)).boxed().toList();
    }
}
