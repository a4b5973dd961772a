package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final int WRITERS = 16;
    private static final int WRITES_EACH = 50;

    private final AtomicLong commitsStarted = new AtomicLong();
    private final AtomicLong commitsFinished = new AtomicLong();

    private void slowCommit() {
        commitsStarted.incrementAndGet();
        sleepMillis(1);
        commitsFinished.incrementAndGet();
    }

    @Test
    void releasesAWriterOnlyAfterACommitThatStartedAfterItsWrite() throws Exception {
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        try (GroupCommit groupCommit = new GroupCommit("test-committer", this::slowCommit)) {
            runConcurrently(() -> {
                // the write is done here; the commits started so far may not cover it
                long startedBeforeWrite = commitsStarted.get();
                groupCommit.awaitCommit();
                expectACommitStartedSince(startedBeforeWrite, "write", violations);
            });
            assertThat(violations).isEmpty();
            assertThat(groupCommit.commits())
                .as("commits for %d concurrent writes", WRITERS * WRITES_EACH)
                .isPositive()
                .isLessThan(WRITERS * WRITES_EACH / 2);
        }
    }

    @Test
    void aRequestedCommitRunsByItsDeadlineWithoutAWriterAndOnlyOnceForManyRequests() throws Exception {
        try (GroupCommit groupCommit = new GroupCommit("test-committer", this::slowCommit)) {
            for (int request = 0; request < 100; request++) {
                groupCommit.requestCommitWithin(200);
            }
            assertThat(groupCommit.commits()).as("before the deadline").isZero();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (groupCommit.commits() == 0 && System.nanoTime() < deadline) {
                sleepMillis(10);
            }
            sleepMillis(300);
            assertThat(groupCommit.commits()).as("commits for 100 requests made at once").isEqualTo(1);
        }
    }

    @Test
    void aWaitingWriterDoesNotWaitForARequestedCommitsDeadline() {
        try (GroupCommit groupCommit = new GroupCommit("test-committer", this::slowCommit)) {
            groupCommit.requestCommitWithin(TimeUnit.HOURS.toMillis(1));
            groupCommit.awaitCommit();
            assertThat(groupCommit.commits()).isEqualTo(1);
        }
    }

    @Test
    void failsTheWritersOfAFailedCommitAndCommitsLaterOnesAgain() {
        AtomicBoolean failNext = new AtomicBoolean(true);
        try (GroupCommit groupCommit = new GroupCommit("test-committer", () -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
        })) {
            assertThatThrownBy(groupCommit::awaitCommit).hasMessageContaining("disk full");
            groupCommit.awaitCommit();
            assertThat(groupCommit.commits()).isEqualTo(1);
        }
    }

    @Test
    void doesNotFailWritersWhenTheWorkAfterTheirCommitFails() {
        try (GroupCommit groupCommit = new GroupCommit("test-committer", () -> { }, () -> {
            throw new IllegalStateException("compaction failed");
        })) {
            groupCommit.awaitCommit();
            groupCommit.awaitCommit();
            assertThat(groupCommit.commits()).isEqualTo(2);
        }
    }

    @Test
    void aTicketIsHonouredAtOnceByACommitThatOtherWritersStartedAfterIt() {
        try (GroupCommit groupCommit = new GroupCommit("test-committer", this::slowCommit)) {
            long ticket = groupCommit.ticket();
            groupCommit.awaitCommit(); // another writer's commit, started after the ticket

            groupCommit.awaitCommitted(ticket);

            assertThat(groupCommit.commits()).as("no commit of the ticket's own").isEqualTo(1);
        }
    }

    @Test
    void aTicketNoCommitCoversYetStartsOne() {
        try (GroupCommit groupCommit = new GroupCommit("test-committer", this::slowCommit)) {
            groupCommit.awaitCommit();
            long ticket = groupCommit.ticket();

            groupCommit.awaitCommitted(ticket);

            assertThat(groupCommit.commits()).isEqualTo(2);
        }
    }

    @Test
    void releasesATicketOnlyAfterACommitThatStartedAfterItWasTaken() throws Exception {
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        try (GroupCommit groupCommit = new GroupCommit("test-committer", this::slowCommit)) {
            runConcurrently(() -> {
                long startedBeforeWrite = commitsStarted.get();
                long ticket = groupCommit.ticket();
                if (ThreadLocalRandom.current().nextBoolean()) {
                    groupCommit.awaitCommit(); // others' commits, as other requests' events make them
                }
                groupCommit.awaitCommitted(ticket);
                expectACommitStartedSince(startedBeforeWrite, "ticket taken", violations);
            });
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void aTicketWhoseCommitFailedIsFailedAndALaterCommitCoversItsRetry() {
        AtomicBoolean failNext = new AtomicBoolean(true);
        try (GroupCommit groupCommit = new GroupCommit("test-committer", () -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
        })) {
            long ticket = groupCommit.ticket();
            assertThatThrownBy(() -> groupCommit.awaitCommitted(ticket)).hasMessageContaining("disk full");

            groupCommit.awaitCommitted(ticket);

            assertThat(groupCommit.commits()).isEqualTo(1);
        }
    }

    @Test
    void refusesWritersOnceClosed() {
        GroupCommit groupCommit = new GroupCommit("test-committer", () -> { });
        groupCommit.close();
        assertThatThrownBy(groupCommit::awaitCommit).hasMessageContaining("shutting down");
    }

    /** A writer released now must have seen a commit finish that started after {@code startedBefore} had. */
    private void expectACommitStartedSince(long startedBefore, String what, Queue<String> violations) {
        if (commitsFinished.get() <= startedBefore) {
            violations.add("released after " + commitsFinished.get() + " commits, " + what + " after commit "
                + startedBefore + " had started");
        }
    }

    private static void runConcurrently(Runnable write) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = IntStream.range(0, WRITERS)
                .<Future<?>>mapToObj(i -> writers.submit(() -> IntStream.range(0, WRITES_EACH).forEach(j -> write.run())))
                .toList();
            for (Future<?> writer : done) {
                writer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
