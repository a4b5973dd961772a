package org.gelplan.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots an aggregate once the events since its last snapshot number at least {@code minimum} and at least
 * a {@code 1/divisor} share of all its events, so that a snapshot's cost, which grows with the aggregate's
 * state, stays a fixed share of the work its events cost: an inventory of 1,800 items was serialised whole
 * every 50 listings (ADR 0017's session-11 addendum). A load then replays at most that share of the history
 * after the snapshot. Axon's {@code EventCountSnapshotTriggerDefinition} with the same minimum is this with
 * no share.
 */
final class ProportionalSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int minimum;
    private final int divisor;

    ProportionalSnapshotTriggerDefinition(Snapshotter snapshotter, int minimum, int divisor) {
        if (minimum < 1 || divisor < 1) {
            throw new IllegalArgumentException("a snapshot needs at least one event since the last, and a share of"
                    + " at most all events: minimum " + minimum + ", divisor " + divisor);
        }
        this.snapshotter = snapshotter;
        this.minimum = minimum;
        this.divisor = divisor;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, minimum, divisor);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger ours) {
            ours.setSnapshotter(snapshotter);
            return ours;
        }
        return prepareTrigger(aggregateType);
    }

    /** Counts the events since the last snapshot and knows the aggregate's number of events so far. */
    static final class Trigger extends AbstractSnapshotTrigger {

        private static final long serialVersionUID = 1L;

        private final int minimum;
        private final int divisor;
        private int sinceSnapshot;
        private long events;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int minimum, int divisor) {
            super(snapshotter, aggregateType);
            this.minimum = minimum;
            this.divisor = divisor;
        }

        @Override
        public void eventHandled(EventMessage<?> msg) {
            if (msg instanceof DomainEventMessage<?> event) {
                events = event.getSequenceNumber() + 1;
            }
            super.eventHandled(msg);
        }

        @Override
        protected boolean exceedsThreshold() {
            return ++sinceSnapshot >= Math.max(minimum, events / divisor);
        }

        @Override
        protected void reset() {
            sinceSnapshot = 0;
        }
    }
}
