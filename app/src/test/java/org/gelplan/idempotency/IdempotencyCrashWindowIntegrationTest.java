package org.gelplan.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0012's crash window, simulated through the driver: a node stored a command's events and died
 * before completing its idempotency record, so the record still says "started". A retry with the
 * same key must answer without running the command twice; a claim whose command stored nothing
 * must let the retry run it once. On the idempotency tests' plan 86001-2013 (adopted by
 * {@link IdempotencyIntegrationTest}, whose shared context this class reuses; adopted here too,
 * with that test's own key, in case this class runs first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyCrashWindowIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "/api/v1/plans/86001-2013";

    @Autowired
    private ProjectionCatchUp store;

    @BeforeAll
    void thePlanIsAdopted() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "adopt-86001-2013");
        assertThat(as("admin").postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn("2013-01-15").toString(), headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aRetryAfterTheFirstAttemptStoredItsEventsAndDiedGetsARecoveredAnswerAndNothingTwice() {
        String path = PLAN + "/criteria/INF-ACER-09/fulfilment";
        String body = fulfilment("2013-01-21");
        assertThat(post(path, body, "crash-window-1", "crash-window-attempt-1").getStatusCode()).isEqualTo(HttpStatus.OK);
        // the node dies after the event commit and before the completion: the record stays as it was claimed
        records().updateOne(eq("_id", "miembro:crash-window-1"), combine(set("completed", false), set("status", 0),
                set("body", null), set("contentType", null), set("run", "a-run-that-crashed")));
        long before = storedCommits();

        ResponseEntity<String> retry = post(path, body, "crash-window-1", "crash-window-attempt-2");
        ResponseEntity<String> again = post(path, body, "crash-window-1", "crash-window-attempt-3");

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Recovered")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(
                "{\"recovered\":true,\"requestId\":\"crash-window-attempt-1\",\"events\":[\"CriterionFulfilled\"]}");
        assertThat(again.getBody()).isEqualTo(retry.getBody());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedCommits()).isEqualTo(before);
        assertThat(fulfilments("INF-ACER-09")).isEqualTo(1);
    }

    @Test
    void aRetryAfterTheFirstAttemptDiedBeforeStoringAnythingRunsTheCommandOnce() throws Exception {
        String path = PLAN + "/criteria/INF-ACER-10/fulfilment";
        String body = fulfilment("2013-01-22");
        IdempotencyRecord abandoned = IdempotencyRecord.started("miembro:crash-window-2", hashOf(path, body),
                new Claimant("an-attempt-that-stored-nothing", store.headPosition(), "another-node", "its-run"),
                Instant.now().minusSeconds(120));
        records().insertOne(abandoned.toDocument());
        long before = storedCommits();

        ResponseEntity<String> retry = post(path, body, "crash-window-2", "crash-window-attempt-4");
        ResponseEntity<String> again = post(path, body, "crash-window-2", "crash-window-attempt-5");

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Recovered")).isNull();
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody()).isEqualTo(retry.getBody());
        assertThat(storedCommits()).isEqualTo(before + 1);
        assertThat(fulfilments("INF-ACER-10")).isEqualTo(1);
    }

    @Test
    void aClaimThatIsNeitherAnsweredNorAbandonedIsStillInProgress() throws Exception {
        String path = PLAN + "/criteria/INF-ACER-11/fulfilment";
        String body = fulfilment("2013-01-23");
        records().insertOne(IdempotencyRecord.started("miembro:crash-window-3", hashOf(path, body),
                new Claimant("a-slow-attempt", store.headPosition(), "another-node", "its-run"), Instant.now())
                .toDocument());
        long before = storedCommits();

        ResponseEntity<String> retry = post(path, body, "crash-window-3", "crash-window-attempt-6");

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retry.getBody()).contains("idempotency.in-progress");
        assertThat(storedCommits()).isEqualTo(before);
    }

    private static String fulfilment(String on) {
        return "{\"fulfilledOn\":\"" + on + "\",\"evidence\":{\"description\":\"Publicado en la sede\"}}";
    }

    private MongoCollection<Document> records() {
        return mongo.getCollection("idempotency_keys");
    }

    private static String hashOf(String path, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return IdempotencyFilter.hash(new CachedBodyRequest(request));
    }

    private long fulfilments(String criterion) {
        JsonNode timeline = as("miembro").getForObject(PLAN + "/criteria/" + criterion, JsonNode.class).get("timeline");
        long count = 0;
        for (JsonNode fact : timeline) {
            count += fact.get("type").asText().equals("FULFILLED") ? 1 : 0;
        }
        return count;
    }

    private ResponseEntity<String> post(String path, String body, String key, String requestId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        headers.set("X-Request-Id", requestId);
        return as("miembro").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
