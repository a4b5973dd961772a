package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;

/**
 * A document a reader was handed never changes under it: updates and findAndModify store a changed copy, so
 * the embedded server's replies can share stored documents without copying them.
 */
class CopyOnUpdateH2CollectionTest {

    @TempDir
    Path dataDir;

    private GroupCommittingH2Backend backend;
    private MongoCollection<?> items;

    @BeforeEach
    void storeOneItem() {
        backend = new GroupCommittingH2Backend(EmbeddedStoreFile.open(EmbeddedStoreFile.in(dataDir), EmbeddedStoreFile.MIN_CACHE_MB), Set.of());
        items = backend.resolveDatabase("gelplan").createCollectionOrThrowIfExists("items");
        items.addDocument(new Document("_id", "a").append("n", 1).append("tags", new Document("state", "open")));
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void anUpdateLeavesTheDocumentAReaderHoldsAsItWas() {
        Document held = only(items.handleQuery(new Document("_id", "a"), 0, 0));

        items.updateDocuments(new Document("_id", "a"), new Document("$set", new Document("n", 2).append("tags.state",
            "closed")), ArrayFilters.empty(), false, false, NoopOplog.get());

        assertThat(held.get("n")).isEqualTo(1);
        assertThat(((Document) held.get("tags")).get("state")).isEqualTo("open");
        Document now = only(items.handleQuery(new Document("_id", "a"), 0, 0));
        assertThat(now.get("n")).isEqualTo(2);
        assertThat(((Document) now.get("tags")).get("state")).isEqualTo("closed");
    }

    @Test
    void findAndModifyLeavesTheDocumentAReaderHoldsAsItWasAndAnswersTheNewVersion() {
        Document held = only(items.handleQuery(new Document("_id", "a"), 0, 0));

        Document answer = items.findAndModify(new Document("query", new Document("_id", "a"))
            .append("update", new Document("$inc", new Document("n", 5))).append("new", true));

        assertThat(held.get("n")).isEqualTo(1);
        assertThat(((Document) answer.get("value")).get("n")).isEqualTo(6);
        assertThat(only(items.handleQuery(new Document("_id", "a"), 0, 0)).get("n")).isEqualTo(6);
    }

    @Test
    void anUpdateThatChangesNothingAndADeleteStillWork() {
        items.updateDocuments(new Document("_id", "a"), new Document("$set", new Document("n", 1)), ArrayFilters.empty(),
            false, false, NoopOplog.get());
        assertThat(only(items.handleQuery(new Document("_id", "a"), 0, 0)).get("n")).isEqualTo(1);

        assertThat(items.deleteDocuments(new Document("_id", "a"), 1)).isEqualTo(1);
        assertThat(items.handleQuery(new Document("_id", "a"), 0, 0)).isEmpty();
    }

    private static Document only(Iterable<Document> found) {
        assertThat(found).hasSize(1);
        return found.iterator().next();
    }
}
