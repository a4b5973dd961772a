package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;

class IdempotencyClaimsTest {

    @Test
    void onlyAClaimSkipsTheCommitWaitNotItsCompletionTakeOverOrRelease() {
        assertThat(IdempotencyClaims.isClaim("insert", new Document("insert", "idempotency_keys"))).isTrue();
        assertThat(IdempotencyClaims.isClaim("update", new Document("update", "idempotency_keys"))).isFalse();
        assertThat(IdempotencyClaims.isClaim("delete", new Document("delete", "idempotency_keys"))).isFalse();
        assertThat(IdempotencyClaims.isClaim("insert", new Document("insert", "eventcommits"))).isFalse();
    }
}
