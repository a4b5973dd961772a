package org.gelplan.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent writers through the driver get MongoDB's single-document atomicity from the embedded server. */
class EmbeddedWriteAtomicityTest {

    @Test
    void concurrentIncrementsNeverHandOutTheSameValue(@TempDir Path dataDir) throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("atomicity"))) {
            MongoCollection<Document> counters = client.getDatabase("atomicity").getCollection("counters");
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            run(8, 100, () -> seen.add(counters.findOneAndUpdate(eq("_id", "c"), Updates.inc("n", 1L),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)).getLong("n")));

            assertThat(seen).hasSize(800);
        }
    }

    @Test
    void concurrentInsertsOfOneUniqueKeyLetExactlyOneThrough(@TempDir Path dataDir) throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("atomicity"))) {
            MongoCollection<Document> commits = client.getDatabase("atomicity").getCollection("commits");
            commits.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
            for (int round = 0; round < 20; round++) {
                String key = "a#" + round;
                AtomicInteger stored = new AtomicInteger();
                run(6, 1, () -> {
                    try {
                        commits.insertOne(new Document("keys", List.of(key)));
                        stored.incrementAndGet();
                    } catch (MongoWriteException duplicate) {
                        // the others lose
                    }
                    return true;
                });
                assertThat(stored).hasValue(1);
            }
        }
    }

    @Test
    void readersSeeEachDocumentWholeWhileWritersChangeItInPlace(@TempDir Path dataDir) throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("atomicity"))) {
            MongoCollection<Document> pairs = client.getDatabase("atomicity").getCollection("pairs");
            String padding = "x".repeat(2_000);
            pairs.insertOne(new Document("_id", "p").append("a", 0).append("text", padding).append("b", 0));
            AtomicInteger next = new AtomicInteger();
            Set<String> torn = ConcurrentHashMap.newKeySet();
            run(6, 150, () -> {
                int turn = next.incrementAndGet();
                if (turn % 3 == 0) {
                    pairs.updateOne(eq("_id", "p"), Updates.combine(Updates.set("a", turn),
                            Updates.set("text", padding + turn), Updates.set("b", turn)));
                } else {
                    Document read = pairs.find(eq("_id", "p")).first();
                    if (!read.get("a").equals(read.get("b"))) {
                        torn.add(read.get("a") + "/" + read.get("b"));
                    }
                }
                return true;
            });

            assertThat(torn).isEmpty();
        }
    }

    private static void run(int threads, int times, java.util.concurrent.Callable<Boolean> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> done = IntStream.range(0, threads * times).mapToObj(i -> pool.submit(work)).toList();
            for (Future<Boolean> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
