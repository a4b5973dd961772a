package org.gelplan.axon;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * Which application nodes share this store now: each node replaces its own document ({@code _id} =
 * its {@link NodeId}) every few seconds, and a node not seen for {@link #LIVE_FOR} counts as gone.
 * A node that claims no segment leaves no trace in the token store, so the token owners alone
 * cannot tell how many nodes there are (docs/adr/0016-scale-out.md). Wall-clock time, not the business
 * clock ({@code GelTime}): nodes' clocks must agree to within a few seconds (NTP).
 */
@Component
public class NodeHeartbeats {

    public static final String COLLECTION = "axon_nodes";
    /** Well above the beat interval and a stop-the-world pause, well below the token claim timeout's tens of seconds. */
    static final Duration LIVE_FOR = Duration.ofSeconds(15);

    private final MongoCollection<Document> nodes;
    private final NodeId nodeId;
    NodeHeartbeats(MongoDatabaseFactory databases, NodeId nodeId) {
        this.nodes = databases.getMongoDatabase().getCollection(COLLECTION);
        this.nodeId = nodeId;
    }

    void beat() {
        nodes.replaceOne(eq("_id", nodeId.value()), new Document("_id", nodeId.value())
                .append("seenAt", Date.from(Instant.now())), new ReplaceOptions().upsert(true));
    }

    /** Nodes seen within {@link #LIVE_FOR}, this one included; the collection holds one small document per node. */
    int liveNodes() {
        Instant since = Instant.now().minus(LIVE_FOR);
        int live = 0;
        for (Document node : nodes.find()) {
            Date seenAt = node.getDate("seenAt");
            if (seenAt != null && seenAt.toInstant().isAfter(since)) {
                live++;
            }
        }
        return Math.max(1, live);
    }
}
