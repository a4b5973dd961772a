package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.AuditAnchor;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The head of the chain as a builder knows it: its length, last entry, and the allocated global indexes
 * just below the frontier that are not linked yet (they may still be written).
 */
public record ChainTail(long length, ChainEntry last, SortedSet<Long> gaps) {

    static final ChainTail EMPTY = new ChainTail(0, null, new TreeSet<>());

    long frontier() {
        return last == null ? -1 : last.frontier();
    }

    ChainTail after(ChainEntry entry) {
        TreeSet<Long> open = new TreeSet<>(gaps);
        open.remove(entry.globalIndex());
        for (long index = Math.max(frontier() + 1, entry.globalIndex() - ChainBuilder.GAP_WINDOW);
             index < entry.globalIndex(); index++) {
            open.add(index);
        }
        long floor = entry.frontier() - ChainBuilder.GAP_WINDOW;
        open.headSet(floor).clear();
        return new ChainTail(length + 1, entry, open);
    }

    public AuditAnchor anchor() {
        return last == null ? new AuditAnchor(0, ChainLinks.GENESIS, null)
                : new AuditAnchor(length, last.link(), last.recordedUpTo());
    }
}
