package org.gelplan.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import de.bwaldvogel.mongo.bson.Document;

class IdempotencyClaimsTest {

    @TempDir
    Path dataDir;

    @Test
    void aClaimAndACompletionItsWriterAwaitsAnswerAtOnceNotAnUnmarkedCompletionTakeOverOrRelease() {
        Document markedCompletion = new Document("update", "idempotency_keys")
            .append("comment", IdempotencyClaims.WRITER_AWAITS_COMMIT);

        assertThat(IdempotencyClaims.answersAtOnce("insert", new Document("insert", "idempotency_keys"))).isTrue();
        assertThat(IdempotencyClaims.answersAtOnce("update", markedCompletion)).isTrue();
        assertThat(IdempotencyClaims.answersAtOnce("update", new Document("update", "idempotency_keys"))).isFalse();
        assertThat(IdempotencyClaims.answersAtOnce("delete", new Document("delete", "idempotency_keys")
            .append("comment", IdempotencyClaims.WRITER_AWAITS_COMMIT))).isFalse();
        assertThat(IdempotencyClaims.answersAtOnce("insert", new Document("insert", "eventcommits"))).isFalse();
        assertThat(IdempotencyClaims.answersAtOnce("update", new Document("update", "eventcommits")
            .append("comment", IdempotencyClaims.WRITER_AWAITS_COMMIT))).isFalse();
    }

    @Test
    void aMarkedCompletionAnswersBeforeItsCommitAndItsWriterAwaitsOneThatCoversIt() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
             MongoClient client = MongoClients.create(server.connectionString("test"))) {
            MongoCollection<org.bson.Document> records = client.getDatabase("test").getCollection(IdempotencyClaims.RECORDS);
            records.insertOne(new org.bson.Document("_id", "miembro:k-1").append("completed", false));
            long afterClaim = server.commits();

            records.replaceOne(Filters.eq("_id", "miembro:k-1"), new org.bson.Document("completed", true),
                new ReplaceOptions().comment(EmbeddedMongoServer.WRITER_AWAITS_COMMIT));
            long ticket = server.commitTicket();
            assertThat(server.commits()).as("answered before any commit").isEqualTo(afterClaim);

            server.awaitCommitted(ticket);
            assertThat(server.commits()).as("the commit its writer awaited").isEqualTo(afterClaim + 1);

            records.replaceOne(Filters.eq("_id", "miembro:k-1"), new org.bson.Document("completed", true).append("n", 2));
            assertThat(server.commits()).as("an unmarked completion waits for its own").isEqualTo(afterClaim + 2);
        }
    }
}
