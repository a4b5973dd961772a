package org.gelplan.mongo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes writers wait until a commit that started after their write has finished, and lets one
 * commit cover every writer that arrived while the previous commit was running.
 *
 * <p>Writers join the open batch; a single committer thread closes the batch, runs the commit
 * action and then releases the whole batch at once. A writer joins only after its change is in
 * the store, and the batch is closed before the commit starts, so the commit covers the change.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final Runnable commitAction;
    private final Runnable afterCommit;
    private final Thread committer;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong committingNanos = new AtomicLong();
    private final Object lock = new Object();
    private CompletableFuture<Void> openBatch = new CompletableFuture<>();
    /** The open batch's number; batches close, and commit, in this order. */
    private long openBatchNumber = 1;
    private CompletableFuture<Void> committingBatch;
    private long committingBatchNumber;
    /** The number of the newest batch whose commit succeeded. */
    private long committedThrough;
    private boolean batchHasWriters;
    private long lazyDeadline;
    private boolean lazyPending;
    private boolean closing;

    GroupCommit(String name, Runnable commitAction) {
        this(name, commitAction, () -> { });
    }

    /** {@code afterCommit} runs on the committer thread once a batch is released; it cannot fail the batch. */
    GroupCommit(String name, Runnable commitAction, Runnable afterCommit) {
        this.commitAction = commitAction;
        this.afterCommit = afterCommit;
        this.committer = new Thread(this::commitBatchesUntilClosed, name);
        this.committer.setDaemon(true);
        this.committer.start();
    }

    /** Blocks until a commit covering everything this thread has written so far has completed. */
    void awaitCommit() {
        CompletableFuture<Void> batch;
        synchronized (lock) {
            batch = joinOpenBatch();
        }
        join(batch);
    }

    /**
     * A ticket for everything written before this call: any commit of the batch it names, or of a later one,
     * covers those writes. For a writer that does not wait at once ({@link #awaitCommitted}).
     */
    long ticket() {
        synchronized (lock) {
            return openBatchNumber;
        }
    }

    /**
     * Blocks until a commit covering the writes made before {@code ticket} was taken has completed; at once
     * if one already has (other writers' commits cover them too). Starts no commit of its own when one that
     * covers them is running.
     */
    void awaitCommitted(long ticket) {
        CompletableFuture<Void> batch;
        synchronized (lock) {
            if (committedThrough >= ticket) {
                return;
            }
            batch = committingBatch != null && committingBatchNumber >= ticket ? committingBatch : joinOpenBatch();
        }
        join(batch);
    }

    // under the lock
    private CompletableFuture<Void> joinOpenBatch() {
        if (closing) {
            throw new IllegalStateException("The embedded store is shutting down");
        }
        batchHasWriters = true;
        lock.notifyAll();
        return openBatch;
    }

    private static void join(CompletableFuture<Void> batch) {
        try {
            batch.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Commit to the embedded store failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Asks for a commit within {@code delayMillis} without waiting for it, for writes that need no
     * durability of their own; a writer that waits meanwhile brings that commit forward. Bounds the
     * changes held in memory only, and lets housekeeping run.
     */
    void requestCommitWithin(long delayMillis) {
        synchronized (lock) {
            if (!lazyPending && !closing) {
                lazyPending = true;
                lazyDeadline = System.nanoTime() + delayMillis * 1_000_000L;
                lock.notifyAll();
            }
        }
    }

    /** How many commits have run; fewer than the writes when writers are concurrent. */
    long commits() {
        return commits.get();
    }

    /** How many commits have run and the time they took, for measurements. */
    CommitStatistics statistics() {
        return new CommitStatistics(commits.get(), committingNanos.get());
    }

    /** Commits what writers are waiting for, then stops the committer thread. */
    @Override
    public void close() {
        synchronized (lock) {
            closing = true;
            lock.notifyAll();
        }
        boolean interrupted = false;
        while (committer.isAlive()) {
            try {
                committer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void commitBatchesUntilClosed() {
        CompletableFuture<Void> batch;
        while ((batch = nextBatch()) != null) {
            try {
                long started = System.nanoTime();
                commitAction.run();
                committingNanos.addAndGet(System.nanoTime() - started);
                commits.incrementAndGet();
                committed(true);
                batch.complete(null);
            } catch (RuntimeException | Error e) {
                committed(false);
                batch.completeExceptionally(e);
                continue;
            }
            try {
                afterCommit.run();
            } catch (RuntimeException e) {
                log.warn("Work after a commit failed; the commit itself succeeded", e);
            }
        }
    }

    /**
     * Waits for a writer or a requested commit's deadline, then closes the open batch; null once
     * closing with nobody waiting (closing the store commits what was only requested).
     */
    private CompletableFuture<Void> nextBatch() {
        synchronized (lock) {
            while (!batchHasWriters && !closing && !lazyDue()) {
                try {
                    lock.wait(lazyPending ? Math.max(1, (lazyDeadline - System.nanoTime()) / 1_000_000L) : 0);
                } catch (InterruptedException e) {
                    // only close() stops the committer: writers would otherwise wait forever
                }
            }
            if (!batchHasWriters && closing) {
                return null;
            }
            CompletableFuture<Void> batch = openBatch;
            committingBatch = batch;
            committingBatchNumber = openBatchNumber++;
            openBatch = new CompletableFuture<>();
            batchHasWriters = false;
            lazyPending = false;
            return batch;
        }
    }

    private void committed(boolean succeeded) {
        synchronized (lock) {
            if (succeeded) {
                committedThrough = committingBatchNumber;
            }
            committingBatch = null;
        }
    }

    private boolean lazyDue() {
        return lazyPending && System.nanoTime() - lazyDeadline >= 0;
    }
}
