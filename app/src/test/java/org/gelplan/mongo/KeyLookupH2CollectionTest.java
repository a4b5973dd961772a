package org.gelplan.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.setOnInsert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;

/** Lookups of one unique key answer as MongoDB does: each matching document once, and only those, also with further conditions. */
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

    @Test
    void aLookupWithFurtherConditionsFindsByTheKeyAndChecksTheRest() {
        assertThat(ids(commits.find(and(eq("_id", "big"), eq("kind", "one"))))).isEmpty();
        assertThat(ids(commits.find(and(eq("_id", "big"), eq("kind", "large"))))).containsExactly("big");
        assertThat(commits.countDocuments(and(in("indexes", List.of(3L, 250L)), eq("kind", "one")))).isEqualTo(1);
        assertThat(commits.deleteMany(and(eq("_id", "small"), eq("kind", "other"))).getDeletedCount()).isZero();

        for (int delivery = 0; delivery < 2; delivery++) {
            commits.updateOne(and(eq("_id", "small"), ne("tags.eventId", "e1")), push("tags", new Document("eventId", "e1")));
        }
        assertThat(commits.find(eq("_id", "small")).first().getList("tags", Document.class)).hasSize(1);
    }

    @Test
    void aGuardedUpsertCreatesOnceAndThenMeetsItsOwnKey() {
        var guarded = and(eq("_id", "new"), ne("tags.eventId", "e1"));
        var append = combine(setOnInsert("kind", "created"), push("tags", new Document("eventId", "e1")));

        commits.updateOne(guarded, append, new UpdateOptions().upsert(true));

        assertThat(commits.find(eq("_id", "new")).first()).isEqualTo(new Document("_id", "new").append("kind", "created")
            .append("tags", List.of(new Document("eventId", "e1"))));
        assertThatThrownBy(() -> commits.updateOne(guarded, append, new UpdateOptions().upsert(true)))
            .isInstanceOfSatisfying(MongoWriteException.class,
                e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }
}
