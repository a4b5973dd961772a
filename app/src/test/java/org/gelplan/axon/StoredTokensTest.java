package org.gelplan.axon;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What another node stored for a processor's segments, read from the real token store without claiming them. */
class StoredTokensTest {

    @TempDir
    Path dataDir;

    @Test
    void readsEverySegmentsTokenWithoutClaimingItAndTellsALapsedClaimFromALiveOne() throws InterruptedException {
        Serializer serializer = new AxonSerializers().serializer();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("test"))) {
            MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase("test")).build();
            MongoTokenStore otherNode = MongoTokenStore.builder().mongoTemplate(template).serializer(serializer)
                    .nodeId("other-node").claimTimeout(StoredTokens.CLAIM_TIMEOUT).build();
            otherNode.initializeTokenSegments("tally", 3);
            otherNode.initializeTokenSegments("audit-chain", 1);
            otherNode.fetchToken("tally", 0);
            otherNode.storeToken(GapAwareTrackingToken.newInstance(42, List.of(40L)), "tally", 0);
            template.trackingTokensCollection().updateOne(Filters.and(Filters.eq("processorName", "tally"),
                    Filters.eq("segment", 2)), Updates.set("timestamp", Instant.now().minusSeconds(60).toEpochMilli()));

            var segments = new StoredTokens(template, serializer).of("tally");

            assertThat(segments).containsOnlyKeys(0, 1, 2);
            assertThat(segments.get(0).token()).isEqualTo(GapAwareTrackingToken.newInstance(42, List.of(40L)));
            assertThat(segments.get(0).claimLive()).isTrue();
            assertThat(segments.get(1).token()).as("not past any event yet").isNull();
            assertThat(segments.get(1).claimLive()).as("created a moment ago").isTrue();
            assertThat(segments.get(2).claimLive()).as("untouched for longer than the claim timeout").isFalse();
            assertThat(template.trackingTokensCollection().find(Filters.eq("processorName", "tally")).first().getString("owner"))
                    .as("the owner keeps its claim").isEqualTo("other-node");
        }
    }
}
