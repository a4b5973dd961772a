package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

/** The group commit seen through the real driver. */
class EmbeddedGroupCommitTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.start(dataDir, 0);
        client = MongoClients.create(server.connectionString("gelplan").getConnectionString());
        database = client.getDatabase("gelplan");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void concurrentWritersShareCommits() throws Exception {
        int writers = 16;
        int insertsEach = 50;
        MongoCollection<Document> events = database.getCollection("events");
        long commitsBefore = server.commits();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = IntStream.range(0, writers)
                .<Future<?>>mapToObj(writer -> pool.submit(() -> IntStream.range(0, insertsEach)
                    .forEach(i -> events.insertOne(new Document("writer", writer).append("i", i)))))
                .toList();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long commits = server.commits() - commitsBefore;
        System.out.printf("%d concurrent inserts took %d commits%n", writers * insertsEach, commits);
        assertThat(events.countDocuments()).isEqualTo(writers * insertsEach);
        assertThat(commits).isPositive().isLessThan(writers * insertsEach / 2);
    }

    @Test
    void everyKindOfWriteIsAcknowledgedAfterACommit() {
        MongoCollection<Document> events = database.getCollection("events");
        assertCommits(db -> events.insertOne(new Document("_id", 1).append("agg", "a1")));
        assertCommits(db -> events.insertMany(List.of(new Document("_id", 2), new Document("_id", 3))));
        assertCommits(db -> events.updateOne(Filters.eq("_id", 1), Updates.set("seq", 1)));
        assertCommits(db -> events.replaceOne(Filters.eq("_id", 2), new Document("seq", 2)));
        assertCommits(db -> events.findOneAndUpdate(Filters.eq("_id", 3), Updates.inc("seq", 1)));
        assertCommits(db -> events.deleteOne(Filters.eq("_id", 3)));
        assertCommits(db -> events.createIndex(Indexes.ascending("agg", "seq"), new IndexOptions().unique(true)));
        assertCommits(db -> events.aggregate(List.of(Aggregates.match(Filters.exists("seq")), Aggregates.out("copy"))).toCollection());
        assertCommits(db -> db.createCollection("empty"));
        assertCommits(db -> db.getCollection("copy").drop());
        assertCommits(db -> client.getDatabase("scratch").drop());
    }

    @Test
    void readsAreNotHeldForACommit() {
        MongoCollection<Document> events = database.getCollection("events");
        events.insertOne(new Document("agg", "a1"));
        long commits = server.commits();
        events.find(Filters.eq("agg", "a1")).first();
        events.countDocuments();
        events.aggregate(List.of(Aggregates.match(Filters.eq("agg", "a1")))).first();
        events.listIndexes().first();
        database.listCollectionNames().first();
        assertThat(server.commits()).isEqualTo(commits);
    }

    // Nothing else writes, so only a commit waited for by this operation can move the counter.
    private void assertCommits(Consumer<MongoDatabase> write) {
        long before = server.commits();
        write.accept(database);
        assertThat(server.commits()).isGreaterThan(before);
    }
}
