package org.gelplan.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same command sent twice with one Idempotency-Key is recorded once and answered alike (on a
 * plan of its own, 86001-2013, so that Mocoa's demo plan stays as the seed left it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIntegrationTest extends GelPlanIntegrationTest {

    @BeforeAll
    void adoptAPlanOfItsOwn() {
        assertThat(post("admin", "/api/v1/plans", TestPlans.mocoaAdoptedOn("2013-01-15").toString(), "adopt-86001-2013")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theSameKeyAndRequestGetTheFirstAnswerAndRecordNothingTwice() {
        String body = TestPlans.mocoaAdoptedOn("2012-03-01").toString();
        ResponseEntity<String> first = post("admin", "/api/v1/plans", body, "adopt-86001-2012");
        long afterFirst = storedCommits();

        ResponseEntity<String> second = post("admin", "/api/v1/plans", body, "adopt-86001-2012");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedCommits()).isEqualTo(afterFirst);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
        String path = "/api/v1/plans/86001-2013/criteria/INF-ACER-06/revocation";
        post("miembro", path, "{\"reason\":\"primera\"}", "key-reused-1");
        long before = storedCommits();

        ResponseEntity<String> reused = post("miembro", path, "{\"reason\":\"otra\"}", "key-reused-1");

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody()).contains("idempotency.key-reused");
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void concurrentRetriesWithOneKeyRunTheCommandOnce() {
        String path = "/api/v1/plans/86001-2013/criteria/INF-ACER-07/fulfilment";
        String body = "{\"fulfilledOn\":\"2013-01-20\",\"evidence\":{\"description\":\"Teléfonos publicados\"}}";

        List<HttpStatus> answers = List.of(
                        CompletableFuture.supplyAsync(() -> post("miembro", path, body, "fulfil-acer-07")),
                        CompletableFuture.supplyAsync(() -> post("miembro", path, body, "fulfil-acer-07")))
                .stream().map(f -> (HttpStatus) f.join().getStatusCode()).toList();

        assertThat(answers).containsOnly(HttpStatus.OK);
        JsonNode timeline = as("miembro").getForObject("/api/v1/plans/86001-2013/criteria/INF-ACER-07", JsonNode.class)
                .get("timeline");
        assertThat(timeline).filteredOn(f -> f.get("type").asText().equals("FULFILLED")).hasSize(1);
    }

    @Test
    void refusesAMalformedKey() {
        ResponseEntity<String> answer = post("miembro", "/api/v1/plans/86001-2013/criteria/INF-ACER-08/revocation",
                "{\"reason\":\"x\"}", "{\"$gt\":\"\"}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<String> post(String user, String path, String body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return as(user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
