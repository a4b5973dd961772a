package org.gelplan.axon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.testsupport.GelPlanNode;
import org.gelplan.testsupport.StoreCommandCensus;
import org.gelplan.testsupport.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * The bounded aggregate cache (ADR 0017): an aggregate a command just used is not loaded again, even
 * after a garbage collection; with the size set to 0 it is; and a copy another node has moved past is
 * refused once by the store's unique key and then loaded afresh.
 */
class AggregateCacheIntegrationTest {

    @Test
    void theNextCommandOnARecentAggregateReadsNothingOfItFromTheStore(@TempDir Path dataDir) {
        try (GelPlanNode node = GelPlanNode.start("gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0",
                "gelplan.test.store-census=true")) {
            assertThat(snapshotReadsOfSecondCommand(node)).isZero();
        }
    }

    @Test
    void withoutACacheEveryCommandLoadsItsAggregate(@TempDir Path dataDir) {
        try (GelPlanNode node = GelPlanNode.start("gelplan.data-dir=" + dataDir, "gelplan.embedded-mongo-port=0",
                "gelplan.test.store-census=true", "gelplan.axon.aggregate-cache-size=0")) {
            assertThat(snapshotReadsOfSecondCommand(node)).isEqualTo(1);
        }
    }

    @Test
    void aCopyAnotherNodeMovedPastIsRefusedOnceThenLoadedAfresh(@TempDir Path dataDir) {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(dataDir, 0)) {
            String uri = store.connectionString("gelplan").toString();
            try (GelPlanNode a = GelPlanNode.start("gelplan.mongodb-uri=" + uri, "gelplan.axon.node-id=node-a");
                 GelPlanNode b = GelPlanNode.start("gelplan.mongodb-uri=" + uri, "gelplan.axon.node-id=node-b")) {
                count(a, "shared", 1);
                count(b, "shared", 2);

                assertThatThrownBy(() -> count(a, "shared", 3)).isInstanceOf(ConcurrencyException.class);
                count(a, "shared", 3);

                assertThat(a.bean(EventStorageEngine.class).readEvents("shared").asStream()
                        .map(event -> ((Tally.Counted) event.getPayload()).number())).containsExactly(1, 2, 3);
            }
        }
    }

    private static long snapshotReadsOfSecondCommand(GelPlanNode node) {
        count(node, "cached", 1);
        System.gc();
        StoreCommandCensus census = node.bean(StoreCommandCensus.class);
        census.reset();
        count(node, "cached", 2);
        return census.count("find", "snapshots");
    }

    private static void count(GelPlanNode node, String tallyId, int number) {
        node.bean(CommandGateway.class).sendAndWait(asCommandMessage(new Tally.Count(tallyId, number))
                .andMetaData(AuditMetaData.of(Actor.system("test"))));
    }
}
