package org.gelplan.reporting.audit.history;

import org.gelplan.reporting.api.LoggedEvent;
import org.gelplan.reporting.api.StoredEventLog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Reads the history forward from a cursor (a global index) in windows looked up with {@code $in} on the
 * store's unique global-index key, filtering in memory. Each request reads at most {@code budget}
 * indexes, so no filter can make the embedded server scan unboundedly; the cursor carries on.
 */
class HistoryReader {

    private static final int WINDOW = 250;

    private final StoredEventLog log;
    private final HistoryItems items;
    private final int budget;

    HistoryReader(StoredEventLog log, HistoryItems items, int budget) {
        this.log = log;
        this.items = items;
        this.budget = budget;
    }

    HistoryPage page(HistoryFilter filter, long cursor, int size) {
        long highest = log.highestAllocated();
        List<HistoryItem> found = new ArrayList<>();
        long position = Math.max(0, cursor);
        long limit = position + budget;
        while (position <= highest && position < limit) {
            long end = Math.min(Math.min(highest + 1, limit), position + WINDOW);
            for (LoggedEvent event : log.at(LongStream.range(position, end).boxed().toList())) {
                HistoryItem item = items.of(event);
                if (filter.matches(item)) {
                    found.add(item);
                    if (found.size() == size) {
                        return new HistoryPage(found, event.globalIndex() + 1);
                    }
                }
            }
            position = end;
        }
        return new HistoryPage(found, position > highest ? null : position);
    }
}
