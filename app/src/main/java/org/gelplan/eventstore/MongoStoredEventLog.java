package org.gelplan.eventstore;

import org.bson.Document;
import org.gelplan.reporting.api.LoggedEvent;
import org.gelplan.reporting.api.StoredEventLog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The stored events for the audit chain: lookups by global index, and one full pass for verification. */
public class MongoStoredEventLog implements StoredEventLog {

    private final EventStoreCollections collections;
    private final CommitReader reader;
    private final GlobalIndexAllocator allocator;

    public MongoStoredEventLog(EventStoreCollections collections) {
        this.collections = collections;
        this.reader = new CommitReader(collections);
        this.allocator = new GlobalIndexAllocator(collections);
    }

    @Override
    public long highestAllocated() {
        return allocator.highestAllocated();
    }

    @Override
    public List<LoggedEvent> at(Collection<Long> globalIndexes) {
        Set<Long> wanted = new HashSet<>(globalIndexes);
        return reader.eventsAt(wanted).stream()
                .filter(e -> wanted.contains(e.globalIndex()))
                .map(MongoStoredEventLog::logged).toList();
    }

    @Override
    public void forEach(Consumer<LoggedEvent> action) {
        // The embedded server does not cap a batch at 16 MB as MongoDB does: 1,000 commits of a few hundred
        // events made a reply over the driver's 48 MB limit.
        for (Document commit : collections.commits().find().batchSize(100)) {
            EventCommit.fromDocument(commit).events().forEach(e -> action.accept(logged(e)));
        }
    }

    private static LoggedEvent logged(StoredEvent e) {
        return new LoggedEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(),
                e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData());
    }
}
