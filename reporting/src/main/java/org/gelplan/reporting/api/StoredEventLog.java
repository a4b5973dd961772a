package org.gelplan.reporting.api;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The event store as the audit chain reads it (implemented next to the storage engine in {@code app}).
 * Incremental reads are lookups by global index (equality or {@code $in} on a unique key), never ranges.
 */
public interface StoredEventLog {

    /** The highest global index ever handed out to a writer, or -1 when none was. */
    long highestAllocated();

    /** The stored events at these global indexes (absent ones are simply missing), in global order. */
    List<LoggedEvent> at(Collection<Long> globalIndexes);

    /** Every stored event, once, in no particular order: one pass over the store, for verification only. */
    void forEach(Consumer<LoggedEvent> action);
}
