package org.gelplan.bench;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an operation from several threads for a fixed number of calls and reports calls per second. Each
 * measurement also prints the process's CPU time per call and how busy it kept the machine's cores: a path
 * that keeps the cores busy is bound by its CPU per call, one that leaves them idle by its waits.
 */
final class Throughput {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @FunctionalInterface
    interface Operation {
        void run(int thread, long call) throws Exception;
    }

    private Throughput() {
    }

    static double measure(int threads, long calls, Operation operation) {
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long gc = gcMillis();
        long cpu = OS.getProcessCpuTime();
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
        return report(calls, start, cpu, gc);
    }

    /** Per-second rate of a single-threaded task that handles {@code items} items. */
    static double rate(long items, Runnable task) {
        long gc = gcMillis();
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        task.run();
        return report(items, start, cpu, gc);
    }

    /** The middle one of {@code rates} (the upper middle of an even number). */
    static double median(double... rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double report(long items, long start, long cpuAtStart, long gcAtStart) {
        long elapsed = System.nanoTime() - start;
        long cpu = OS.getProcessCpuTime() - cpuAtStart;
        long gc = gcMillis() - gcAtStart;
        System.out.printf("[cpu %s] %d items in %d ms: %.3f ms of CPU each, %.0f%% of %d cores busy; "
                        + "collections %d ms (%.0f%% of the time)%n", java.time.LocalTime.now(), items,
                elapsed / 1_000_000, cpu / 1e6 / items, 100.0 * cpu / elapsed / CORES, CORES, gc,
                100.0 * gc * 1_000_000 / elapsed);
        return items / (elapsed / 1e9);
    }

    /**
     * The time the collectors report so far: for G1 on Java 17, the pauses of its young and mixed collections
     * and of any full one, during which no application thread runs; its concurrent marking beside the
     * application, and that marking's short remark and cleanup pauses, are not in it.
     */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(time -> time > 0).sum();
    }
}
