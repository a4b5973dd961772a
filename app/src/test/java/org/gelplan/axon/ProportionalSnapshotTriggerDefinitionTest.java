package org.gelplan.axon;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When an aggregate is snapshotted: after 50 events at least, and after a quarter of its events at least. */
class ProportionalSnapshotTriggerDefinitionTest {

    private final List<Long> snapshotsAfter = new ArrayList<>();
    private long handled;
    private final ProportionalSnapshotTriggerDefinition definition = new ProportionalSnapshotTriggerDefinition(
            (type, id) -> snapshotsAfter.add(handled), 50, 4);

    @Test
    void aYoungAggregateIsSnapshottedEveryFiftyEvents() {
        handle(definition.prepareTrigger(Object.class), 0, 200);

        assertThat(snapshotsAfter).containsExactly(50L, 100L, 150L, 200L);
    }

    @Test
    void aLongHistoryIsSnapshottedAfterAQuarterOfItsEventsSoSnapshotsGrowRarer() {
        handle(definition.prepareTrigger(Object.class), 0, 2_000);

        assertThat(snapshotsAfter).startsWith(50L, 100L, 150L, 200L).hasSizeLessThan(15);
        for (int i = 1; i < snapshotsAfter.size(); i++) {
            long gap = snapshotsAfter.get(i) - snapshotsAfter.get(i - 1);
            assertThat(gap).isGreaterThanOrEqualTo(Math.max(50, snapshotsAfter.get(i) / 4));
        }
        // Axon's count trigger with the same 50 would have taken 40
        assertThat(2_000 - snapshotsAfter.get(snapshotsAfter.size() - 1)).isLessThan(2_000 / 4 + 1);
    }

    @Test
    void aLoadFromASnapshotCountsOnlyTheEventsAfterIt() {
        SnapshotTrigger loaded = definition.prepareTrigger(Object.class);
        handled = 1_000;
        // after 1,000 + k events the trigger needs k >= (1,000 + k) / 4: k = 333
        handle(loaded, 1_000, 1_332);
        assertThat(snapshotsAfter).isEmpty();

        handle(loaded, 1_332, 1_333);

        assertThat(snapshotsAfter).containsExactly(1_333L);
    }

    @Test
    void aTriggerFromAnotherDefinitionIsReplacedAndOursKept() {
        SnapshotTrigger ours = definition.prepareTrigger(Object.class);
        assertThat(definition.reconfigure(Object.class, ours)).isSameAs(ours);
        SnapshotTrigger foreign = new SnapshotTrigger() {
            @Override
            public void eventHandled(org.axonframework.eventhandling.EventMessage<?> msg) {
            }

            @Override
            public void initializationFinished() {
            }
        };
        assertThat(definition.reconfigure(Object.class, foreign)).isInstanceOf(ProportionalSnapshotTriggerDefinition.Trigger.class);
    }

    @Test
    void refusesAMinimumOrDivisorBelowOne() {
        assertThatThrownBy(() -> new ProportionalSnapshotTriggerDefinition((type, id) -> { }, 0, 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProportionalSnapshotTriggerDefinition((type, id) -> { }, 50, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Events with sequence numbers {@code from} (inclusive) to {@code to} (exclusive), outside a unit of work. */
    private void handle(SnapshotTrigger trigger, long from, long to) {
        trigger.initializationFinished();
        for (long sequence = from; sequence < to; sequence++) {
            handled = sequence + 1;
            trigger.eventHandled(new GenericDomainEventMessage<>("Inventory", "89001", sequence, "listed"));
        }
    }
}
