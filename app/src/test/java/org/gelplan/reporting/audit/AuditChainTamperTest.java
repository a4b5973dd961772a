package org.gelplan.reporting.audit;

import org.bson.Document;
import org.gelplan.reporting.audit.ChainBreak.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/** An attacker with database access edits, deletes, forges and reorders events: verification locates each. */
class AuditChainTamperTest {

    private static final Instant START = Instant.parse("2009-09-21T15:00:00Z");

    @TempDir
    Path dataDir;

    private AuditStore store;
    private final List<String> eventIds = new ArrayList<>();

    @BeforeEach
    void storeTenEventsAndLinkThem() {
        store = new AuditStore(dataDir);
        for (int i = 0; i < 10; i++) {
            eventIds.add(store.append("plan-" + (i % 3), i / 3, START.plusSeconds(i)));
        }
        assertThat(store.chain().current().length()).isEqualTo(10);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUntouchedStoreVerifiesIntact() {
        ChainVerification result = verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.length()).isEqualTo(10);
        assertThat(result.head()).isEqualTo(store.chain().current().head());
    }

    @Test
    void anEditedPayloadIsNamed() {
        store.commits().updateOne(eq("_id", store.commitAt(4).getString("_id")),
                set("events.0.payload", "{\"text\":\"note 1\",\"number\":99}"));

        ChainBreak problem = verify().firstBreak();

        assertThat(problem.kind()).isEqualTo(Kind.PAYLOAD_CHANGED);
        assertThat(problem.eventId()).isEqualTo(eventIds.get(4));
        assertThat(problem.position()).isEqualTo(4);
    }

    @Test
    void editedMetadataIsNamed() {
        store.commits().updateOne(eq("_id", store.commitAt(7).getString("_id")),
                set("events.0.metaData", "{\"actor\":\"user:lider\",\"roles\":\"COMMITTEE_LEADER\"}"));

        ChainBreak problem = verify().firstBreak();

        assertThat(problem.kind()).isEqualTo(Kind.METADATA_CHANGED);
        assertThat(problem.eventId()).isEqualTo(eventIds.get(7));
    }

    @Test
    void anEditedTimestampIsNamed() {
        store.commits().updateOne(eq("_id", store.commitAt(2).getString("_id")),
                set("events.0.timestamp", START.minusSeconds(3600).toString()));

        ChainBreak problem = verify().firstBreak();

        assertThat(problem.kind()).isEqualTo(Kind.IDENTIFIERS_CHANGED);
        assertThat(problem.eventId()).isEqualTo(eventIds.get(2));
    }

    @Test
    void aDeletedEventIsNamedAsVanished() {
        store.commits().deleteOne(eq("_id", store.commitAt(5).getString("_id")));

        ChainBreak problem = verify().firstBreak();

        assertThat(problem.kind()).isEqualTo(Kind.EVENT_VANISHED);
        assertThat(problem.eventId()).isEqualTo(eventIds.get(5));
        assertThat(problem.position()).isEqualTo(5);
    }

    @Test
    void aForgedEventIsNamedAsMissingFromTheChain() {
        Document forged = store.commitAt(3);
        Document event = forged.getList("events", Document.class).get(0);
        event.put("eventId", "forged-event");
        event.put("globalIndex", 42L);
        event.put("sequence", 7L);
        forged.put("_id", "plan-0#7");
        forged.put("sequenceKeys", List.of("plan-0#7"));
        forged.put("globalIndexes", List.of(42L));
        store.commits().insertOne(forged);

        ChainVerification result = verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().kind()).isEqualTo(Kind.MISSING_FROM_CHAIN);
        assertThat(result.firstBreak().eventId()).isEqualTo("forged-event");
        assertThat(result.firstBreak().globalIndex()).isEqualTo(42L);
    }

    @Test
    void twoReorderedEventsAreNamed() {
        Document third = store.commitAt(3);
        Document sixth = store.commitAt(6);
        moveTo(third, 1_000);
        moveTo(sixth, 3);
        moveTo(store.commits().find(eq("_id", third.getString("_id"))).first(), 6);

        ChainBreak problem = verify().firstBreak();

        assertThat(problem.kind()).isEqualTo(Kind.REORDERED);
        assertThat(problem.position()).isEqualTo(3);
        assertThat(problem.eventId()).isEqualTo(eventIds.get(6));
        assertThat(problem.detail()).contains(eventIds.get(3));
    }

    @Test
    void eventsStoredLaterAreLinkedOnTheNextCatchUp() {
        store.append("plan-9", 0, START.plusSeconds(60));

        assertThat(new ChainVerifier(store.chainStore, store.log).verify(List.of()).notYetLinked()).isEqualTo(1);
        assertThat(verify().intact()).isTrue();
        assertThat(verify().length()).isEqualTo(11);
    }

    @Test
    void aRewrittenChainPassesAloneButNotAgainstAWitnessedCheckpoint() {
        Checkpoint witnessed = new Checkpoint(10, store.chain().current().head());
        store.commits().updateOne(eq("_id", store.commitAt(4).getString("_id")),
                set("events.0.payload", "{\"text\":\"rewritten\",\"number\":4}"));
        rewriteChainFrom(4);

        assertThat(verify().intact()).isTrue();
        ChainBreak problem = store.chain().verify(List.of(witnessed)).firstBreak();
        assertThat(problem.kind()).isEqualTo(Kind.WITNESSED_CHECKPOINT_REWRITTEN);
        assertThat(problem.position()).isEqualTo(9);
    }

    @Test
    void aTruncatedChainIsCaughtByAWitnessedCheckpoint() {
        Checkpoint witnessed = new Checkpoint(10, store.chain().current().head());
        store.commits().deleteOne(eq("_id", store.commitAt(9).getString("_id")));
        store.database.getCollection(AuditChainStore.COLLECTION).deleteOne(eq("_id", 9L));

        ChainVerification result = new ChainVerifier(store.chainStore, store.log).verify(List.of(witnessed));

        assertThat(result.firstBreak().kind()).isEqualTo(Kind.WITNESSED_CHECKPOINT_REWRITTEN);
        assertThat(result.firstBreak().detail()).contains("only 9");
    }

    /** What an attacker who understands the chain does: recompute every link after the edit. */
    private void rewriteChainFrom(long position) {
        var entries = store.database.getCollection(AuditChainStore.COLLECTION);
        ChainEntry before = store.chainStore.entry(position - 1).orElseThrow();
        for (long p = position; p < 10; p++) {
            ChainEntry old = store.chainStore.entry(p).orElseThrow();
            var event = store.log.at(List.of(old.globalIndex())).get(0);
            entries.deleteOne(eq("_id", p));
            before = ChainEntry.linking(before, p, event);
            entries.insertOne(before.toDocument());
        }
    }

    private void moveTo(Document commit, long globalIndex) {
        store.commits().updateOne(eq("_id", commit.getString("_id")),
                new Document("$set", new Document("globalIndexes", List.of(globalIndex)).append("events.0.globalIndex", globalIndex)));
    }

    private ChainVerification verify() {
        return store.chain().verify(List.of());
    }
}
