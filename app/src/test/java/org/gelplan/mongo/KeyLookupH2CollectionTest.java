package org.gelplan.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/** Lookups of one unique key answer as MongoDB does: each matching document once, and only those. */
class KeyLookupH2CollectionTest {

    @TempDir
    Path dataDir;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> commits;

    @BeforeEach
    void storeTwoCommits() {
        server = EmbeddedMongoServer.start(dataDir, 0);
        client = MongoClients.create(server.connectionString("gelplan").getConnectionString());
        commits = client.getDatabase("gelplan").getCollection("commits");
        commits.createIndex(Indexes.ascending("indexes"), new IndexOptions().unique(true));
        commits.insertOne(new Document("_id", "big").append("indexes", LongStream.range(0, 250).boxed().toList())
            .append("kind", "large"));
        commits.insertOne(new Document("_id", "small").append("indexes", List.of(250L)).append("kind", "one"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anInOverEveryKeyOfAMultikeyDocumentReturnsItOnce() {
        List<Long> everyIndex = LongStream.rangeClosed(0, 260).boxed().toList();

        assertThat(ids(commits.find(in("indexes", everyIndex)))).containsExactlyInAnyOrder("big", "small");
        assertThat(commits.countDocuments(in("indexes", everyIndex))).isEqualTo(2);
    }

    @Test
    void lookupsFindOnlyTheDocumentsHoldingAnAskedValue() {
        assertThat(ids(commits.find(in("indexes", List.of(250L, 999L))))).containsExactly("small");
        assertThat(ids(commits.find(eq("indexes", 7L)))).containsExactly("big");
        assertThat(ids(commits.find(eq("indexes", 7)))).as("an int asks for the same key as a long").containsExactly("big");
        assertThat(ids(commits.find(in("_id", List.of("small", "absent"))))).containsExactly("small");
        assertThat(ids(commits.find(eq("_id", "absent")))).isEmpty();
    }

    @Test
    void projectionsSortsAndLimitsStillApply() {
        List<Document> found = commits.find(in("indexes", List.of(3L, 250L))).projection(new Document("kind", 1))
            .sort(new Document("_id", -1)).limit(1).into(new ArrayList<>());

        assertThat(found).containsExactly(new Document("_id", "small").append("kind", "one"));
    }

    @Test
    void otherQueriesAreAnsweredAsBefore() {
        assertThat(ids(commits.find(and(in("indexes", List.of(3L, 250L)), eq("kind", "one"))))).containsExactly("small");
        assertThat(ids(commits.find(gte("indexes", 250L)))).containsExactly("small");
        assertThat(ids(commits.find(in("kind", List.of("large"))))).as("a key without a unique index").containsExactly("big");
        assertThat(ids(commits.find(eq("indexes", null)))).isEmpty();
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
