package org.gelplan.reporting.audit;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.gelplan.reporting.api.CheckpointNotAfterLast;
import org.gelplan.reporting.api.CheckpointWitnessed;
import org.gelplan.reporting.api.WitnessCheckpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.gelplan.reporting.api.WitnessCheckpoint.LEDGER;

class CheckpointLedgerTest {

    private static final String HEAD = "ab".repeat(32);
    private static final String LATER = "cd".repeat(32);

    private AggregateTestFixture<CheckpointLedger> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CheckpointLedger.class);
    }

    @Test
    void theFirstCheckpointOpensTheLedger() {
        fixture.givenNoPriorActivity()
                .when(new WitnessCheckpoint(LEDGER, 120, HEAD, "Arqueo trimestral"))
                .expectEvents(new CheckpointWitnessed(LEDGER, 120, HEAD, "Arqueo trimestral"));
    }

    @Test
    void aLaterCheckpointCoversMoreOfTheChain() {
        fixture.given(new CheckpointWitnessed(LEDGER, 120, HEAD, null))
                .when(new WitnessCheckpoint(LEDGER, 200, LATER, null))
                .expectEvents(new CheckpointWitnessed(LEDGER, 200, LATER, null));
    }

    @Test
    void rejectsACheckpointThatDoesNotMoveForward() {
        fixture.given(new CheckpointWitnessed(LEDGER, 120, HEAD, null))
                .when(new WitnessCheckpoint(LEDGER, 120, HEAD, null))
                .expectException(CheckpointNotAfterLast.class);
    }
}
