package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class RebuildableWritesTest {

    private final RebuildableWrites writes = new RebuildableWrites(Set.of("tally_seen"));

    @Test
    void writesToReadModelsTokensAndSnapshotsSkipTheCommitWait() {
        assertThat(writes.isRebuildable("update", new Document("update", "plan_summaries"))).isTrue();
        assertThat(writes.isRebuildable("insert", new Document("insert", "trackingtokens"))).isTrue();
        assertThat(writes.isRebuildable("findAndModify", new Document("findAndModify", "trackingtokens"))).isTrue();
        assertThat(writes.isRebuildable("delete", new Document("delete", "snapshots"))).isTrue();
        assertThat(writes.isRebuildable("insert", new Document("insert", "tally_seen"))).as("an extra one").isTrue();
    }

    @Test
    void recordsAndOtherCommandsWait() {
        for (String record : Set.of("eventcommits", "audit_chain", "audit_checkpoints", "sagas", "idempotency_keys",
                "user_credentials", "evidence.files", "evidence.chunks")) {
            assertThat(writes.isRebuildable("insert", new Document("insert", record))).as(record).isFalse();
            assertThat(RebuildableWrites.COLLECTIONS).doesNotContain(record);
        }
        assertThat(writes.isRebuildable("drop", new Document("drop", "plan_summaries"))).isFalse();
        assertThat(writes.isRebuildable("createIndexes", new Document("createIndexes", "plan_summaries"))).isFalse();
        assertThat(writes.isRebuildable("aggregate", new Document("aggregate", "plan_summaries"))).isFalse();
    }

    @Test
    void theKillNineWritersProjectionUsesRebuildableCollections() {
        assertThat(RebuildableWrites.COLLECTIONS).contains(KillNineWriter.READ_MODEL, KillNineWriter.TOKENS);
    }
}
