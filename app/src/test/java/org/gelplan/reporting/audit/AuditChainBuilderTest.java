package org.gelplan.reporting.audit;

import org.bson.Document;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.eventstore.GlobalIndexAllocator;
import org.gelplan.reporting.api.AuditAnchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain follows the store exactly once, whatever the writers and the number of builders do. */
class AuditChainBuilderTest {

    private static final Instant START = Instant.parse("2009-09-21T15:00:00Z");

    @TempDir
    Path dataDir;

    private AuditStore store;

    @BeforeEach
    void start() {
        store = new AuditStore(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyStoreHasTheGenesisHead() {
        AuditAnchor anchor = store.chain().current();

        assertThat(anchor.length()).isZero();
        assertThat(anchor.head()).isEqualTo(ChainLinks.GENESIS);
        assertThat(store.chain().verify(List.of()).intact()).isTrue();
    }

    @Test
    void twoBuildersFollowingOneStoreLinkEveryEventOnce() throws Exception {
        AuditChain one = store.chain();
        AuditChain other = store.chain();
        ExecutorService builders = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = builders.submit(() -> followWhileWriting(one, 0));
            Future<?> second = builders.submit(() -> followWhileWriting(other, 1));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            builders.shutdownNow();
        }

        assertThat(one.current().length()).isEqualTo(80);
        assertThat(other.current()).isEqualTo(one.current());
        assertThat(one.verify(List.of()).intact()).isTrue();
    }

    @Test
    void abandonedAllocationsAreSkipped() {
        store.append("plan-a", 0, START);
        new GlobalIndexAllocator(EventStoreCollections.in(store.database)).allocate(1_200);
        store.append("plan-a", 1, START.plusSeconds(1));

        assertThat(store.chain().current().length()).isEqualTo(2);
        assertThat(store.chain().verify(List.of()).intact()).isTrue();
    }

    @Test
    void anEventWrittenLateIntoItsAllocatedIndexIsLinkedAfterTheLaterOnes() {
        store.append("plan-a", 0, START);
        long late = new GlobalIndexAllocator(EventStoreCollections.in(store.database)).allocate(1);
        store.append("plan-b", 0, START.plusSeconds(2));
        assertThat(store.chain().current().length()).isEqualTo(2);

        Document commit = store.commitAt(0);
        Document event = commit.getList("events", Document.class).get(0);
        event.put("eventId", "late-writer");
        event.put("globalIndex", late);
        event.put("aggregateId", "plan-c");
        commit.put("_id", "plan-c#0");
        commit.put("sequenceKeys", List.of("plan-c#0"));
        commit.put("globalIndexes", List.of(late));
        store.commits().insertOne(commit);

        assertThat(store.chain().current().length()).isEqualTo(3);
        assertThat(store.chainStore.entry(2).orElseThrow().eventId()).isEqualTo("late-writer");
        assertThat(store.chain().verify(List.of()).intact()).isTrue();
    }

    @Test
    void theHeadAsOfAnInstantCoversExactlyTheEventsStoredByThen() {
        for (int i = 0; i < 6; i++) {
            store.append("plan-a", i, START.plusSeconds(10L * i));
        }
        AuditChain chain = store.chain();

        assertThat(chain.asOf(START.minusSeconds(1)).length()).isZero();
        assertThat(chain.asOf(START.plusSeconds(25)).length()).isEqualTo(3);
        assertThat(chain.asOf(START.plusSeconds(25)).head()).isEqualTo(store.chainStore.entry(2).orElseThrow().link());
        assertThat(chain.asOf(START.plusSeconds(25)).recordedAt()).isEqualTo(START.plusSeconds(20));
        assertThat(chain.asOf(START.plusSeconds(3600))).isEqualTo(chain.current());
    }

    private void followWhileWriting(AuditChain chain, int writer) {
        for (int i = 0; i < 40; i++) {
            store.append("writer-" + writer, i, START.plusSeconds(i));
            if (i % 3 == 0) {
                chain.current();
            }
        }
        chain.current();
    }
}
