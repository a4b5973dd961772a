package org.gelplan.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.gelplan.reporting.api.AuditChainHead;
import org.gelplan.reporting.api.StoredEventLog;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/** Control interno verifies the live chain through the API; an event edited in MongoDB is named. */
class AuditVerifyIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    private StoredEventLog log;

    @Autowired
    private AuditChainHead head;

    @Test
    void theUntouchedStoreIsIntactAndEveryStoredEventIsLinked() {
        JsonNode answer = as("control").getForObject("/api/v1/audit/verify", JsonNode.class);

        AtomicLong stored = new AtomicLong();
        log.forEach(e -> stored.incrementAndGet());
        assertThat(answer.get("intact").asBoolean()).isTrue();
        assertThat(answer.get("length").asLong()).isPositive().isLessThanOrEqualTo(stored.get());
        assertThat(answer.get("message").asText()).startsWith("Íntegra: ").contains(answer.get("head").asText());
        assertThat(head.current().length()).isGreaterThanOrEqualTo(answer.get("length").asLong());
    }

    @Test
    void anEventEditedWithAMongoClientIsNamedUntilItIsRestored() {
        as("control").getForObject("/api/v1/audit/verify", JsonNode.class);
        MongoCollection<Document> commits = mongo.getCollection("eventcommits");
        Document original = commits.find(eq("globalIndexes", 0L)).first();
        Document event = original.getList("events", Document.class).get(0);
        try {
            commits.updateOne(eq("_id", original.getString("_id")),
                    set("events.0.payload", event.getString("payload").replace("86001", "86002")));

            JsonNode answer = englishVerify();

            assertThat(answer.get("intact").asBoolean()).isFalse();
            assertThat(answer.at("/firstBreak/kind").asText()).isEqualTo("PAYLOAD_CHANGED");
            assertThat(answer.at("/firstBreak/eventId").asText()).isEqualTo(event.getString("eventId"));
            assertThat(answer.get("message").asText()).startsWith("Chain broken (event payload changed)")
                    .contains(event.getString("eventId"));
        } finally {
            commits.replaceOne(eq("_id", original.getString("_id")), original);
        }
        assertThat(englishVerify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void controlInternoWitnessesTheChainAsItVerifiedIt() {
        JsonNode verified = as("control").getForObject("/api/v1/audit/verify", JsonNode.class);
        String body = "{\"length\":" + verified.get("length").asLong() + ",\"head\":\"" + verified.get("head").asText()
                + "\",\"note\":\"Arqueo\"}";

        assertThat(post("lider", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("control", body.replace(verified.get("head").asText(), "0".repeat(64))).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("control", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("control", body).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("control", "{\"length\":1,\"head\":\"nothex\"}").getStatusCode())
                .isIn(HttpStatus.BAD_REQUEST, HttpStatus.UNPROCESSABLE_ENTITY);

        JsonNode after = as("control").getForObject("/api/v1/audit/verify", JsonNode.class);
        assertThat(after.get("intact").asBoolean()).isTrue();
        assertThat(after.get("checkpoints").asInt()).isPositive();
    }

    private org.springframework.http.ResponseEntity<String> post(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return as(user).postForEntity("/api/v1/audit/checkpoints", new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void isForControlInternoOnly() {
        assertThat(http.getForEntity("/api/v1/audit/verify", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : new String[]{"lider", "planeacion", "admin"}) {
            assertThat(as(user).getForEntity("/api/v1/audit/verify", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private JsonNode englishVerify() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        return as("control").exchange("/api/v1/audit/verify", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class)
                .getBody();
    }
}
