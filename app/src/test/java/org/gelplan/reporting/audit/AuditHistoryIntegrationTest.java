package org.gelplan.reporting.audit;

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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Control interno reads the history of a criterion of its own plan (86001-2017): who, when, why. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditHistoryIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "86001-2017";
    private static final String CRITERION = "/api/v1/plans/" + PLAN + "/criteria/INF-ACER-02";

    @BeforeAll
    void adoptFulfilAndRevoke() {
        assertThat(post("admin", "/api/v1/plans", TestPlans.mocoaAdoptedOn("2017-06-12").toString()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(post("miembro", CRITERION + "/fulfilment",
                "{\"fulfilledOn\":\"2017-06-20\",\"evidence\":{\"description\":\"Misión publicada\"}}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("miembro", CRITERION + "/revocation", "{\"reason\":\"El enlace está roto\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theTimelineOfACriterionSaysWhoDidWhatWhenAndWhy() {
        List<JsonNode> entries = new ArrayList<>();
        String next = "0";
        while (next != null) {
            JsonNode page = as("control").getForObject("/api/v1/audit/timeline?planId=" + PLAN + "&item=INF-ACER-02&cursor="
                    + next, JsonNode.class);
            page.get("entries").forEach(entries::add);
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }

        assertThat(entries).extracting(e -> e.get("what").asText())
                .containsSubsequence("PlanAdopted", "CriterionFulfilled", "CriterionFulfilmentRevoked");
        JsonNode fulfilled = entries.stream().filter(e -> e.get("what").asText().equals("CriterionFulfilled")).findFirst().orElseThrow();
        assertThat(fulfilled.get("who").asText()).isEqualTo("miembro");
        assertThat(fulfilled.get("roles").asText()).contains("COMMITTEE_MEMBER");
        assertThat(fulfilled.get("effectiveOn").asText()).isEqualTo("2017-06-20");
        assertThat(fulfilled.get("recordedAt").asText()).isNotBlank();
        JsonNode revoked = entries.get(entries.size() - 1);
        assertThat(revoked.get("why").asText()).isEqualTo("El enlace está roto");
    }

    @Test
    void theHistoryIsPagedByCursorInGlobalOrderWithPayloadMetadataAndBothDates() {
        Set<Long> seen = new HashSet<>();
        List<JsonNode> items = new ArrayList<>();
        String next = "0";
        while (next != null) {
            ResponseEntity<JsonNode> page = as("control").getForEntity("/api/v1/audit/events?planId=" + PLAN
                    + "&actor=miembro&size=1&cursor=" + next, JsonNode.class);
            page.getBody().get("items").forEach(items::add);
            next = page.getHeaders().getFirst("X-Next-Cursor");
        }

        assertThat(items).hasSize(2);
        items.forEach(i -> assertThat(seen.add(i.get("globalIndex").asLong())).isTrue());
        assertThat(items.get(0).get("globalIndex").asLong()).isLessThan(items.get(1).get("globalIndex").asLong());
        JsonNode first = items.get(0);
        assertThat(first.get("type").asText()).isEqualTo("CriterionFulfilled");
        assertThat(first.at("/payload/code").asText()).isEqualTo("INF-ACER-02");
        assertThat(first.at("/metaData/requestId").asText()).isNotBlank();
        assertThat(first.get("correlationId").asText()).isNotBlank();
        assertThat(first.get("effectiveOn").asText()).isEqualTo("2017-06-20");
        assertThat(first.get("recordedAt").asText()).isNotBlank();
    }

    @Test
    void aSliceIsExportedAsJsonLinesAndCsv() {
        String query = "/api/v1/audit/events?planId=" + PLAN + "&type=CriterionFulfilmentRevoked&size=1000&format=";
        String next = "0";
        StringBuilder lines = new StringBuilder();
        StringBuilder csv = new StringBuilder();
        while (next != null) {
            ResponseEntity<String> jsonl = as("control").getForEntity(query + "jsonl&cursor=" + next, String.class);
            lines.append(jsonl.getBody() == null ? "" : jsonl.getBody());
            csv.append(as("control").getForObject(query + "csv&cursor=" + next, String.class));
            next = jsonl.getHeaders().getFirst("X-Next-Cursor");
        }

        assertThat(lines.toString().lines()).hasSize(1).allMatch(l -> l.contains("\"El enlace está roto\""));
        assertThat(csv.toString()).startsWith("globalIndex,recordedAt,effectiveOn,type").contains("\"El enlace está roto\"");
    }

    @Test
    void filterTextIsComparedNeverRunAsAQuery() {
        ResponseEntity<JsonNode> hostile = as("control").getForEntity(
                "/api/v1/audit/events?actor={actor}&size=5", JsonNode.class, "{\"$ne\":null}");
        assertThat(hostile.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.BAD_REQUEST);
        if (hostile.getStatusCode() == HttpStatus.OK) {
            assertThat(hostile.getBody().get("items")).isEmpty();
        }
        assertThat(as("control").getForEntity("/api/v1/audit/events?from=yesterday", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("control").getForEntity("/api/v1/audit/events?size=0", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void isForControlInternoOnly() {
        assertThat(http.getForEntity("/api/v1/audit/events", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("lider").getForEntity("/api/v1/audit/events", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("planeacion").getForEntity("/api/v1/audit/timeline?item=INF-ACER-02", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
