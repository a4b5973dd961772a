package org.gelplan.axon;

import org.axonframework.common.AxonThreadFactory;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The scheduler of a pooled streaming processor's coordinator, as Axon's own (one thread named
 * {@code Coordinator[processor]}), except that the coordinator looks again after {@link #LOOK_AGAIN} instead
 * of Axon's fixed 100 ms when a work package's queue is full (ADR 0018 addendum).
 *
 * <p>In a rebuild the coordinator fills a work package's queue (1,024 events) faster than the package handles
 * it; Axon then schedules the next look 100 ms later, and nothing brings it forward: a package that emptied
 * its queue meanwhile waits the rest of the 100 ms. That was one 100 ms pause in every 230 ms rebuild of a
 * 5,000-event store. Looking again costs a walk of the queues, microseconds.
 *
 * <p>Axon 4.13 schedules no other task 100 ms ahead on this executor (the claim interval and the error
 * back-off are 500 ms and more); should a later version change the number, this executor only stops
 * shortening it.
 */
final class PromptCoordinatorExecutor extends ScheduledThreadPoolExecutor {

    /** {@code Coordinator.CoordinationTask}'s back-off when a work package has no room (a literal there). */
    static final Duration AXON_FULL_QUEUE_BACK_OFF = Duration.ofMillis(100);
    static final Duration LOOK_AGAIN = Duration.ofMillis(5);

    PromptCoordinatorExecutor(String processorName) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (unit.toNanos(delay) == AXON_FULL_QUEUE_BACK_OFF.toNanos()) {
            return super.schedule(command, LOOK_AGAIN.toNanos(), TimeUnit.NANOSECONDS);
        }
        return super.schedule(command, delay, unit);
    }
}
