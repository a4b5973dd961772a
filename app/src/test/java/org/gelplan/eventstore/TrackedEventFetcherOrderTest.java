package org.gelplan.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.eventstore.TestEvents.counted;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * A tracked fetch delivers an aggregate's events in their order even when they are stored while it reads:
 * every index one scan asks for was handed out before the scan began (ADR 0001, session 8). Here the node's
 * own command has its index handed out but not stored when the fetch begins; it is stored, and the
 * aggregate's next event after it, between the fetch's first read and its read of the counter.
 */
class TrackedEventFetcherOrderTest {

    @TempDir
    Path dataDir;

    @Test
    void anAggregatesEventStoredWhileAFetchReadsNeverComesBeforeTheOneBeforeIt() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("order"))) {
            EventStoreCollections collections = EventStoreCollections.in(client.getDatabase("order"));
            GlobalIndexAllocator allocator = new GlobalIndexAllocator(collections);
            store(collections, counted("before", 0), allocator.allocate(1));
            long firstOfMeeting = allocator.allocate(1);
            AtomicBoolean meanwhile = new AtomicBoolean(true);
            CommitReader reader = new CommitReader(collections) {
                @Override
                List<StoredEvent> eventsAt(Collection<Long> globalIndexes) {
                    List<StoredEvent> found = super.eventsAt(globalIndexes);
                    if (meanwhile.getAndSet(false)) {
                        // the command finishes, and the aggregate's next command runs to the end
                        store(collections, counted("meeting", 0), firstOfMeeting);
                        store(collections, counted("meeting", 1), allocator.allocate(1));
                    }
                    return found;
                }
            };
            TrackedEventFetcher fetcher = new TrackedEventFetcher(reader, allocator,
                    new GapTimeouts(Duration.ofSeconds(60), Clock.systemUTC()), 10_000);

            List<String> fetched = fetcher.fetch(GapAwareTrackingToken.newInstance(0, List.of()), 10).stream()
                    .map(tracked -> tracked.event().aggregateId() + "#" + tracked.event().sequence()).toList();

            assertThat(fetched).as("one fetch, in the aggregate's order").containsExactly("meeting#0", "meeting#1");
        }
    }

    private static void store(EventStoreCollections collections, org.axonframework.eventhandling.DomainEventMessage<?> event,
                              long globalIndex) {
        StoredEvent stored = StoredEvents.serialize(event, globalIndex, JacksonSerializer.defaultSerializer());
        collections.commits().insertOne(new EventCommit(stored.sequenceKey(), Instant.now(), List.of(stored)).toDocument());
    }
}
