package org.gelplan.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs an operation from several threads for a fixed number of calls and reports calls per second. */
final class Throughput {

    @FunctionalInterface
    interface Operation {
        void run(int thread, long call) throws Exception;
    }

    private Throughput() {
    }

    static double measure(int threads, long calls, Operation operation) {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    for (long call = next.getAndIncrement(); call < calls; call = next.getAndIncrement()) {
                        operation.run(thread, call);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("benchmark operation failed", e);
        } finally {
            pool.shutdownNow();
        }
        return calls / ((System.nanoTime() - start) / 1e9);
    }

    /** Per-second rate of a single-threaded task that handles {@code items} items. */
    static double rate(long items, Runnable task) {
        long start = System.nanoTime();
        task.run();
        return items / ((System.nanoTime() - start) / 1e9);
    }
}
