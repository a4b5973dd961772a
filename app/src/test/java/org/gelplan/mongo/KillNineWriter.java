package org.gelplan.mongo;

import java.nio.file.Path;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

/**
 * Child process of {@link KillNineSurvivalTest}: starts the embedded server on a data directory and
 * writes through the real driver until it is killed, printing every acknowledged write to stdout
 * as {@code ACK <id>;} (an insert), {@code CNT <n>;} (a counter incremented to n) or {@code ALC <n>;}
 * (an index allocated from the event store's counter and then used by an insert). Meanwhile a
 * projection writes a read-model document and then its token for every position, both without a
 * commit wait ({@link RebuildableWrites}); it prints nothing, since nothing it writes is promised.
 */
public final class KillNineWriter {

    static final int INSERTING_THREADS = 4;
    /** A rebuildable read model and token collection, as a projection writes them. */
    static final String READ_MODEL = "plan_summaries";
    static final String TOKENS = "trackingtokens";
    private static final String PAYLOAD = "x".repeat(200);

    private KillNineWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        long round = Long.parseLong(args[1]);
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.connectionString(MongoConnectionProperties.DATABASE).getConnectionString());
        MongoCollection<Document> events = client.getDatabase(MongoConnectionProperties.DATABASE).getCollection("events");
        MongoCollection<Document> counters = client.getDatabase(MongoConnectionProperties.DATABASE).getCollection("counters");
        for (int thread = 0; thread < INSERTING_THREADS; thread++) {
            long firstId = round * 1_000_000_000L + thread * 10_000_000L;
            new Thread(() -> insertForever(events, firstId), "inserter-" + thread).start();
        }
        new Thread(() -> countForever(counters), "counter").start();
        MongoCollection<Document> globalIndex = client.getDatabase(MongoConnectionProperties.DATABASE)
            .getCollection(CounterWrites.COUNTERS);
        MongoCollection<Document> allocated = client.getDatabase(MongoConnectionProperties.DATABASE).getCollection("allocated");
        new Thread(() -> allocateForever(globalIndex, allocated), "allocator").start();
        MongoCollection<Document> readModel = client.getDatabase(MongoConnectionProperties.DATABASE).getCollection(READ_MODEL);
        MongoCollection<Document> tokens = client.getDatabase(MongoConnectionProperties.DATABASE).getCollection(TOKENS);
        new Thread(() -> projectForever(readModel, tokens), "projection").start();
    }

    // As a tracking processor does: the read model's write for a position, then the token at it.
    // Resumes after the last token that survived the previous round, as a processor would.
    private static void projectForever(MongoCollection<Document> readModel, MongoCollection<Document> tokens) {
        Document token = tokens.find(Filters.eq("_id", "projection")).first();
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        for (long position = token == null ? 1 : token.getLong("position") + 1; ; position++) {
            readModel.replaceOne(Filters.eq("_id", position), new Document("_id", position).append("payload", PAYLOAD), upsert);
            tokens.replaceOne(Filters.eq("_id", "projection"), new Document("_id", "projection").append("position", position), upsert);
        }
    }

    private static void insertForever(MongoCollection<Document> events, long firstId) {
        for (long id = firstId; ; id++) {
            events.insertOne(new Document("_id", id).append("payload", PAYLOAD));
            acknowledged("ACK " + id);
        }
    }

    private static void countForever(MongoCollection<Document> counters) {
        FindOneAndUpdateOptions upsertReturningNew = new FindOneAndUpdateOptions()
            .upsert(true).returnDocument(ReturnDocument.AFTER);
        while (true) {
            Document counter = counters.findOneAndUpdate(Filters.eq("_id", "writes"), Updates.inc("n", 1L), upsertReturningNew);
            acknowledged("CNT " + counter.getLong("n"));
        }
    }

    // As the event store does: take an index from the counter (whose reply does not wait for a
    // commit, see CounterWrites), then store a document that uses it (whose reply does).
    private static void allocateForever(MongoCollection<Document> globalIndex, MongoCollection<Document> allocated) {
        FindOneAndUpdateOptions upsertReturningNew = new FindOneAndUpdateOptions()
            .upsert(true).returnDocument(ReturnDocument.AFTER);
        while (true) {
            long index = globalIndex.findOneAndUpdate(Filters.eq("_id", "globalIndex"), Updates.inc("next", 1L),
                upsertReturningNew).getLong("next");
            allocated.insertOne(new Document("_id", index));
            acknowledged("ALC " + index);
        }
    }

    private static synchronized void acknowledged(String line) {
        System.out.println(line + ";");
        System.out.flush();
    }
}
