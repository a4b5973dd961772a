package org.gelplan.reporting.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where verification reads the chain: the live collection or an offline export. */
interface ChainSource {

    /** The entries at these positions (absent ones are missing from the map). */
    Map<Long, ChainEntry> entriesAt(Collection<Long> positions);

    Optional<ChainEntry> byEventId(String eventId);

    /** Every entry once, in no particular order: one pass, for verification and export. */
    void forEachEntry(Consumer<ChainEntry> action);
}
