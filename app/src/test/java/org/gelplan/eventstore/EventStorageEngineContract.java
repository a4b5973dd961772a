package org.gelplan.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gelplan.eventstore.TestEvents.counted;

/**
 * The behaviour every MongoDB the store runs on must show: the embedded wire-protocol server in
 * the default build, a real MongoDB through Testcontainers where Docker exists.
 */
abstract class EventStorageEngineContract {

    protected MongoDatabase database;
    protected EventStoreCollections collections;
    protected MongoCommitEventStorageEngine engine;
    protected final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2009-09-21T15:00:00Z"));

    protected abstract MongoDatabase freshDatabase();

    @BeforeEach
    void createEngine() {
        database = freshDatabase();
        collections = EventStoreCollections.in(database);
        engine = engineWithBatchSize(3);
    }

    MongoCommitEventStorageEngine engineWithBatchSize(int batchSize) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        Clock clock = new Clock() {
            public ZoneOffset getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return now.get(); }
        };
        return MongoCommitEventStorageEngine.builder().collections(collections)
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .batchSize(batchSize).trackedBatchSize(batchSize).gapTimeout(Duration.ofSeconds(60)).clock(clock).build();
    }

    @Test
    void readsAnAggregateBackAcrossSeveralCommitsAndBatches() {
        engine.appendEvents(counted("a", 0), counted("a", 1));
        engine.appendEvents(counted("b", 0));
        engine.appendEvents(counted("a", 2), counted("a", 3), counted("a", 4));
        engine.appendEvents(counted("a", 5));

        List<Long> sequences = engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(engine.readEvents("a", 4).asStream().map(e -> ((TestEvents.Counted) e.getPayload()).value()))
                .containsExactly(4, 5);
        assertThat(engine.readEvents("a").asStream().findFirst().orElseThrow().getMetaData()).containsEntry("actor", "test-user");
    }

    @Test
    void refusesASecondEventForTheSameAggregateSequence() {
        engine.appendEvents(counted("a", 0), counted("a", 1));

        assertThatThrownBy(() -> engine.appendEvents(counted("a", 1), counted("a", 2))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(counted("a", 0))).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(2);
    }

    @Test
    void refusesAnOverlappingCommitThatStartsAtANewSequence() {
        engine.appendEvents(counted("a", 0), counted("a", 1), counted("a", 2));

        assertThatThrownBy(() -> engine.appendEvents(counted("a", 2), counted("a", 3))).isInstanceOf(ConcurrencyException.class);
        assertThat(engine.lastSequenceNumberFor("a")).contains(2L);
    }

    @Test
    void tracksEveryEventOnceInGlobalOrderWithDenseIndexes() {
        for (int i = 0; i < 7; i++) {
            engine.appendEvents(counted("a" + i, 0), counted("a" + i, 1));
        }

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();

        assertThat(tracked).hasSize(14);
        assertThat(tracked.stream().map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()))
                .containsExactlyElementsOf(LongStream.range(0, 14).boxed().toList());
        assertThat(tracked.stream().map(e -> ((GapAwareTrackingToken) e.trackingToken()).hasGaps())).containsOnly(false);
        TrackingToken middle = tracked.get(5).trackingToken();
        assertThat(engine.readEvents(middle, false).count()).isEqualTo(8);
    }

    @Test
    void readsLargeCommitsBesideSmallOnesFromAnyPositionByAnyWindow() {
        engine = engineWithBatchSize(100);
        engine.appendEvents(LongStream.range(0, 250).mapToObj(i -> counted("big", i)).toArray(DomainEventMessage[]::new));
        for (int i = 0; i < 40; i++) {
            engine.appendEvents(counted("small" + i, 0));
        }
        engine.appendEvents(LongStream.range(250, 420).mapToObj(i -> counted("big", i)).toArray(DomainEventMessage[]::new));

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();
        assertThat(tracked.stream().map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()))
                .containsExactlyElementsOf(LongStream.range(0, 460).boxed().toList());
        assertThat(engine.readEvents(tracked.get(137).trackingToken(), false).count()).isEqualTo(460 - 138);
        assertThat(engine.readEvents(tracked.get(265).trackingToken(), false).count()).isEqualTo(460 - 266);
        assertThat(engine.readEvents("big", 203).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(203, 420).boxed().toList());
    }

    /**
     * A fetch ends at its window's last index even inside a commit, so a full batch ends where its window
     * does and the batches after it can be fetched before it is handled; holes and a large commit across
     * windows still give every event once, in order, with the hole as a gap.
     */
    @Test
    void aCatchingUpStreamReadsWindowsAheadAcrossLargeCommitsAndHoles() {
        engine = engineWithBatchSize(10);
        engine.appendEvents(LongStream.range(0, 37).mapToObj(i -> counted("big", i)).toArray(DomainEventMessage[]::new));
        new GlobalIndexAllocator(collections).allocate(1); // index 37 is never written
        for (int i = 0; i < 25; i++) {
            engine.appendEvents(counted("small" + i, 0));
        }

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();

        assertThat(tracked.stream().map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()))
                .containsExactlyElementsOf(LongStream.range(0, 63).filter(i -> i != 37).boxed().toList());
        assertThat(((GapAwareTrackingToken) tracked.get(37).trackingToken()).getGaps()).containsExactly(37L);
        List<? extends TrackedEventMessage<?>> fromInsideTheCommit = engine.readEvents(tracked.get(14).trackingToken(), false)
                .toList();
        assertThat(fromInsideTheCommit).hasSize(62 - 15);
        assertThat(fromInsideTheCommit.get(0).getPayload()).isEqualTo(tracked.get(15).getPayload());
    }

    @Test
    void seesAnEventWhoseSlotWasAllocatedBeforeALaterOneButWrittenAfterIt() {
        long slowWritersSlot = new GlobalIndexAllocator(collections).allocate(1);
        engine.appendEvents(counted("fast", 0));

        List<? extends TrackedEventMessage<?>> first = engine.readEvents(null, false).toList();
        assertThat(first).hasSize(1);
        GapAwareTrackingToken afterFast = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(afterFast.getGaps()).containsExactly(slowWritersSlot);

        writeLate("slow", slowWritersSlot);

        List<? extends TrackedEventMessage<?>> second = engine.readEvents(afterFast, false).toList();
        assertThat(second).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).containsExactly("slow");
        assertThat(((GapAwareTrackingToken) second.get(0).trackingToken()).hasGaps()).isFalse();
        assertThat(engine.readEvents(second.get(0).trackingToken(), false).count()).isZero();
    }

    @Test
    void forgetsAGapThatStaysOpenLongerThanTheGapTimeout() {
        new GlobalIndexAllocator(collections).allocate(1);
        engine.appendEvents(counted("fast", 0));
        TrackingToken withGap = engine.readEvents(null, false).toList().get(0).trackingToken();
        engine.readEvents(withGap, false).count();

        now.set(now.get().plusSeconds(61));
        engine.appendEvents(counted("later", 0));
        List<? extends TrackedEventMessage<?>> next = engine.readEvents(withGap, false).toList();

        assertThat(next).hasSize(1);
        assertThat(((GapAwareTrackingToken) next.get(0).trackingToken()).hasGaps()).isFalse();
    }

    @Test
    void skipsRunsOfAbandonedAllocationsLongerThanABatch() {
        engine.appendEvents(counted("before", 0));
        new GlobalIndexAllocator(collections).allocate(25);
        engine.appendEvents(counted("after", 0));

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();
        TrackingToken afterFirst = tracked.get(0).trackingToken();
        List<? extends TrackedEventMessage<?>> rest = engine.readEvents(afterFirst, false).toList();

        assertThat(rest).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).containsExactly("after");
        assertThat(((GapAwareTrackingToken) rest.get(0).trackingToken()).getIndex()).isEqualTo(26);
    }

    @Test
    void tracksEventsThatBelongToNoAggregate() {
        engine.appendEvents(GenericEventMessage.asEventMessage(new TestEvents.Counted("free", 1)));
        engine.appendEvents(GenericEventMessage.asEventMessage(new TestEvents.Counted("free", 2)));

        assertThat(engine.readEvents(null, false).map(e -> ((TestEvents.Counted) e.getPayload()).value()))
                .containsExactly(1, 2);
    }

    @Test
    void keepsOnlyTheNewestSnapshot() {
        engine.appendEvents(counted("a", 0), counted("a", 1), counted("a", 2));
        engine.storeSnapshot(counted("a", 2));
        engine.storeSnapshot(counted("a", 1));

        assertThat(engine.readSnapshot("a")).get().extracting(DomainEventMessage::getSequenceNumber).isEqualTo(2L);
        assertThat(engine.readSnapshot("nobody")).isEmpty();
    }

    @Test
    void findsTheLastSequenceNumberOfAnAggregate() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            events.add(counted("long", i));
        }
        engine.appendEvents(events.subList(0, 20));
        engine.appendEvents(events.subList(20, 37));

        assertThat(engine.lastSequenceNumberFor("long")).contains(36L);
        assertThat(engine.lastSequenceNumberFor("missing")).isEmpty();
    }

    @Test
    void readsAnAggregateWhoseEventsSpanSeveralChunksOfKeys() {
        MongoCommitEventStorageEngine wideBatches = engineWithBatchSize(100);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(counted("spread", i));
        }
        wideBatches.appendEvents(events.subList(0, 1));
        wideBatches.appendEvents(events.subList(1, 17));
        events.subList(17, 40).forEach(wideBatches::appendEvents);

        assertThat(wideBatches.readEvents("spread").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(0, 40).boxed().toList());
        assertThat(wideBatches.readEvents("spread", 31).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(31, 40).boxed().toList());
    }

    @Test
    void tellsTheNewestStoredIndexFromTheHighestAllocatedOne() {
        assertThat(engine.newestStoredIndex()).isEqualTo(-1);
        assertThat(engine.highestAllocatedIndex()).isEqualTo(-1);
        engine.appendEvents(counted("a", 0));
        engine.appendEvents(counted("b", 0));
        new GlobalIndexAllocator(collections).allocate(40);

        assertThat(engine.newestStoredIndex()).isEqualTo(1);
        assertThat(engine.highestAllocatedIndex()).isEqualTo(41);
        assertThat(((GapAwareTrackingToken) engine.createHeadToken()).getIndex()).isEqualTo(1);
    }

    @Test
    void aStreamReadsPastItsOwnAppendsTheEventsAnotherNodeAppendedMeanwhile() {
        MongoCommitEventStorageEngine otherNode = engineWithBatchSize(3);
        engine.appendEvents(counted("here", 0));
        otherNode.appendEvents(counted("there", 0), counted("there", 1));
        otherNode.appendEvents(counted("there", 2));
        engine.appendEvents(counted("here", 1));
        otherNode.appendEvents(counted("there", 3));

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();

        assertThat(tracked.stream().map(e -> ((GapAwareTrackingToken) e.trackingToken()).getIndex()))
                .containsExactlyElementsOf(LongStream.range(0, 6).boxed().toList());
        assertThat(engine.readEvents(tracked.get(4).trackingToken(), false).toList()).hasSize(1);
    }

    @Test
    void aStreamReadsPastItsOwnAbandonedAllocationTheEventsAnotherNodeAppendedAfterIt() {
        MongoCommitEventStorageEngine otherNode = engineWithBatchSize(3);
        engine.appendEvents(counted("here", 0));
        // a command that lost its race: its index is allocated here, the highest this node knows, and never written
        assertThatThrownBy(() -> engine.appendEvents(counted("here", 0))).isNotNull();
        otherNode.appendEvents(counted("there", 0));

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();

        assertThat(tracked).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                .containsExactly("here", "there");
        assertThat(engine.readEvents(tracked.get(0).trackingToken(), false).toList()).hasSize(1);
    }

    @Test
    void knowsALowerBoundOfTheHighestAllocatedIndexWithoutReadingIt() {
        assertThat(engine.knownAllocatedIndex()).isEqualTo(-1);
        engine.appendEvents(counted("a", 0));
        engine.appendEvents(counted("b", 0));
        assertThat(engine.knownAllocatedIndex()).as("its own allocations").isEqualTo(1);

        new GlobalIndexAllocator(collections).allocate(40);
        assertThat(engine.knownAllocatedIndex()).as("another node's allocation, not read yet").isEqualTo(1);
        assertThat(engine.highestAllocatedIndex()).isEqualTo(41);
        assertThat(engine.knownAllocatedIndex()).as("once read").isEqualTo(41);
    }

    @Test
    void createsHeadAndTimeTokens() {
        assertThat(engine.createHeadToken()).isNull();
        Instant second = Instant.parse("2009-09-21T15:00:10Z");
        engine.appendEvents(counted("a", 0, second.minusSeconds(10)));
        engine.appendEvents(counted("b", 0, second));
        engine.appendEvents(counted("c", 0, second.plusSeconds(5)));

        assertThat(((GapAwareTrackingToken) engine.createHeadToken()).getIndex()).isEqualTo(2);
        assertThat(engine.createTailToken()).isNull();
        TrackingToken atSecond = engine.createTokenAt(second.minusMillis(1));
        List<String> fromSecond = engine.readEvents(atSecond, false)
                .map(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).toList();
        assertThat(fromSecond).containsExactly("b", "c");
    }

    @Test
    void concurrentWritersNeverLoseOrDuplicateAnEvent() throws Exception {
        int writers = 6;
        int appendsPerWriter = 15;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String aggregate = "shared" + (w % 2);
            done.add(pool.submit(() -> {
                for (int i = 0; i < appendsPerWriter; ) {
                    long next = engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
                    try {
                        engine.appendEvents(counted(aggregate, next), counted(aggregate, next + 1));
                        acknowledged.addAndGet(2);
                        i++;
                    } catch (ConcurrencyException | AggregateStreamCreationException lostRace) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (var future : done) {
            future.get();
        }
        pool.shutdown();

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(all).hasSize(acknowledged.get());
        for (String aggregate : List.of("shared0", "shared1")) {
            assertThat(engine.readEvents(aggregate).asStream().map(DomainEventMessage::getSequenceNumber))
                    .containsExactlyElementsOf(LongStream.range(0, acknowledged.get() / 2).boxed().toList());
        }
        assertThat(all.stream().map(TrackedEventMessage::getIdentifier).collect(Collectors.toSet())).hasSize(all.size());
    }

    private void writeLate(String aggregateId, long globalIndex) {
        StoredEvent event = StoredEvents.serialize(counted(aggregateId, 0), globalIndex, JacksonSerializer.defaultSerializer());
        collections.commits().insertOne(new EventCommit(event.sequenceKey(), now.get(), List.of(event)).toDocument());
    }
}
