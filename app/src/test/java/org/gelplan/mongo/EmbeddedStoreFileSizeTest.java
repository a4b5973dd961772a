package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The worst case for an append-only file: every insert alone in its own commit, as fast as one
 * writer can go. Without chunk reuse within the test (H2's default 45 s retention) the file grew to
 * 54 MB for 5,000 inserts and kept growing with every insert, so these 10,000 would pass the bound.
 * With a one-second retention it holds the live data plus about a second's worth of commits, so its
 * size follows how fast commits run, not how many there were: 16–37 MB for 5,000 inserts on this
 * project's machines, 21–22 MB for 20,000.
 */
class EmbeddedStoreFileSizeTest {

    private static final int INSERTS = 10_000;

    @TempDir
    Path dataDir;

    @Test
    void staysBoundedUnderACommitPerInsert() throws IOException {
        long commits;
        long fileSize;
        Path file;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("gelplan").getConnectionString())) {
            MongoCollection<Document> events = client.getDatabase("gelplan").getCollection("events");
            for (int i = 0; i < INSERTS; i++) {
                events.insertOne(new Document("agg", "a" + i % 100).append("seq", i / 100).append("payload", "x".repeat(200)));
            }
            commits = server.commits();
            file = server.file();
            fileSize = Files.size(file);
        }
        long liveSize = fullyCompactedSize(file);
        System.out.printf("%d inserts, %d commits: file %d KB, live data %d KB (%.1fx)%n",
            INSERTS, commits, fileSize / 1024, liveSize / 1024, (double) fileSize / liveSize);
        assertThat(fileSize).isLessThan(64L * 1024 * 1024);
    }

    private Path copy(Path file) throws IOException {
        return Files.copy(file, dataDir.resolve("compacted.mv"));
    }

    private long fullyCompactedSize(Path file) throws IOException {
        Path copy = copy(file);
        MVStoreTool.compact(copy.toString(), true);
        return Files.size(copy);
    }
}
