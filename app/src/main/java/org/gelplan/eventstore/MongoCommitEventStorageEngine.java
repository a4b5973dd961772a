package org.gelplan.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * Axon event storage on MongoDB with a dense global sequence and gap-aware tracking, as Axon's
 * JDBC engine does it, but with every query an equality or {@code $in} on a unique index.
 *
 * <p>One document per unit of work ({@link EventCommit}) makes a command's events all-or-none;
 * the unique multikey index on {@code aggregateId#sequence} turns a lost race into Axon's
 * {@code ConcurrencyException}. See docs/adr/0001-event-store.md.
 */
public class MongoCommitEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger LOG = LoggerFactory.getLogger(MongoCommitEventStorageEngine.class);

    /** Threads that read a catching-up stream's next batch ahead (daemon; idle ones end after a minute). */
    private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "event-prefetch");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Global indexes a tracked fetch asks for at most, by default. A catching-up stream (a rebuild) reads
     * whole commits, and with Axon's 100 a large commit (a plan's adoption, an import) was read once per
     * window it overlapped, each window also costing a counter read and its key look-ups. At the head a
     * fetch stops at the highest allocated index anyway.
     */
    static final int TRACKED_BATCH = 1_000;
    /** Batches a catching-up stream fetches ahead, each on a thread of its own (see {@link PrefetchingBatches}). */
    static final int FETCHES_AHEAD = 3;

    private final EventStoreCollections collections;
    private final GlobalIndexAllocator allocator;
    private final CommitReader reader;
    private final TrackedEventFetcher trackedEventFetcher;
    private final Clock clock;
    private final AppendListener appendListener;
    private final int trackedBatchSize;

    protected MongoCommitEventStorageEngine(Builder builder) {
        super(builder);
        this.collections = builder.collections;
        this.clock = builder.clock;
        this.appendListener = builder.appendListener;
        this.trackedBatchSize = builder.trackedBatchSize;
        this.allocator = new GlobalIndexAllocator(collections);
        this.reader = new CommitReader(collections);
        this.trackedEventFetcher = new TrackedEventFetcher(reader, allocator,
                new GapTimeouts(builder.gapTimeout, clock), builder.maxGapOffset);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        long firstIndex = allocator.allocate(events.size());
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            stored.add(StoredEvents.serialize(EventUtils.asDomainEventMessage(events.get(i)), firstIndex + i, serializer));
        }
        try {
            collections.commits().insertOne(new EventCommit(stored.get(0).sequenceKey(), clock.instant(), stored).toDocument());
        } catch (MongoException e) {
            handlePersistenceException(e, events.get(0));
        }
        appendListener.appended(firstIndex, events);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        // Snapshots are a cache, not history: only the newest per aggregate is kept.
        Document document = StoredEvents.serialize(snapshot, -1, serializer).toDocument()
                .append("_id", snapshot.getAggregateIdentifier());
        try {
            collections.snapshots().replaceOne(and(eq("_id", snapshot.getAggregateIdentifier()),
                    lt("sequence", snapshot.getSequenceNumber())), document, new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            if (!new MongoDuplicateKeyResolver().isDuplicateKeyViolation(e)) {
                throw e;
            } // else a newer snapshot is already stored
        }
    }

    /**
     * A snapshot is only a cache: one that can no longer be read (an aggregate whose fields changed
     * shape since it was taken) is ignored, and the aggregate is rebuilt from its events. Axon reads
     * snapshot payloads lazily, so the payload is read here, where a failure can still be absorbed.
     */
    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        try {
            Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
            if (snapshot.isPresent() && snapshot.get().getPayload() instanceof UnknownSerializedType unknown) {
                throw new IllegalStateException("no aggregate class " + unknown.serializedType().getName());
            }
            return snapshot;
        } catch (RuntimeException unreadable) {
            LOG.warn("Ignoring the unreadable snapshot of {}; rebuilding it from its events: {}", aggregateIdentifier,
                    unreadable.toString());
            return Optional.empty();
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = collections.snapshots().find(eq("_id", aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(StoredEvent.fromDocument(snapshot).toEventData());
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateId, long firstSequence, int batchSize) {
        return reader.eventsOfAggregate(aggregateId, firstSequence, batchSize).stream()
                .map(StoredEvent::toEventData).toList();
    }

    /** As Axon reads them, batch after batch, but after a full batch the next ones are fetched while it is handled. */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return PrefetchingBatches.after(trackingToken, last -> fetchTrackedEvents(last, trackedBatchSize), trackedBatchSize,
                PREFETCH, FETCHES_AHEAD, this::afterFullWindow);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return trackedEventFetcher.fetch(asGapAware(lastToken), batchSize).stream()
                .map(t -> new TrackedDomainEventData<>(t.token(), t.event().toEventData())).toList();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return reader.lastSequenceOf(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return trackedEventFetcher.headToken(allocator.highestAllocated());
    }

    /**
     * The newest stored event's global index (-1 for an empty store): the head token's position, read
     * without its gaps. What waiting for processors to reach the head needs.
     */
    public long newestStoredIndex() {
        return trackedEventFetcher.newestStored(allocator.highestAllocated());
    }

    /**
     * The highest global index handed out so far (-1 for none), stored or not: one read. Every event
     * stored by now has at most this index, which bounds a read of what a request stored.
     */
    public long highestAllocatedIndex() {
        return allocator.highestAllocated();
    }

    /**
     * A lower bound of {@link #highestAllocatedIndex()} without a read once this engine allocated or read one
     * (see {@link GlobalIndexAllocator#highestKnown()}): every event allocated after this call has a higher
     * index, which is all a request's start position needs.
     */
    public long knownAllocatedIndex() {
        return allocator.highestKnown();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return new TokenAtInstantSearch(reader, allocator.highestAllocated()).tokenAt(dateTime);
    }

    /** Where a full batch after this token ends when its window holds every index: gaps stay as they are. */
    private TrackingToken afterFullWindow(TrackingToken last) {
        GapAwareTrackingToken token = asGapAware(last);
        return GapAwareTrackingToken.newInstance(token.getIndex() + trackedBatchSize, token.getGaps());
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        TrackingToken unwrapped = WrappedToken.unwrapLowerBound(token);
        if (unwrapped != null && !(unwrapped instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Unsupported token " + unwrapped + ": expected a GapAwareTrackingToken");
        }
        return (GapAwareTrackingToken) unwrapped;
    }

    /** Builder with Axon's settings plus the store's collections and gap handling. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private EventStoreCollections collections;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private AppendListener appendListener = AppendListener.NONE;
        private int trackedBatchSize = TRACKED_BATCH;

        public Builder() {
            persistenceExceptionResolver(new MongoDuplicateKeyResolver());
        }

        public Builder collections(EventStoreCollections collections) {
            this.collections = collections;
            return this;
        }

        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /** Global indexes one tracked fetch asks for at most (default {@link #TRACKED_BATCH}). */
        public Builder trackedBatchSize(int trackedBatchSize) {
            this.trackedBatchSize = trackedBatchSize;
            return this;
        }

        /** Told of each commit once it is stored (read-your-writes follows a request's events this way). */
        public Builder appendListener(AppendListener appendListener) {
            this.appendListener = appendListener;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public MongoCommitEventStorageEngine build() {
            if (collections == null) {
                throw new IllegalStateException("The event store collections are required");
            }
            return new MongoCommitEventStorageEngine(this);
        }
    }
}
