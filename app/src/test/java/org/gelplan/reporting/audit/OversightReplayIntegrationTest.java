package org.gelplan.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Control interno sees a plan (its own 86001-2022, and Mocoa's indicators) as recorded at an instant beside the plan now. */
class OversightReplayIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "86001-2022";

    @Test
    void showsThePlanAsRecordedThenBesideThePlanNow() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(as("admin").postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn("2022-03-04").toString(), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        Instant before = Instant.now();
        assertThat(as("miembro").postForEntity("/api/v1/plans/" + PLAN + "/criteria/INF-ACER-02/fulfilment",
                new HttpEntity<>("{\"fulfilledOn\":\"2022-03-05\",\"evidence\":{\"description\":\"Misión publicada\"}}", headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode replay = as("control").getForObject("/api/v1/audit/plans/" + PLAN + "/replay?at=" + before, JsonNode.class);

        assertThat(replay.at("/then/compliance/phases/0/fulfilled").asInt() + 1)
                .isEqualTo(replay.at("/now/compliance/phases/0/fulfilled").asInt());
        assertThat(replay.at("/anchor/length").asLong()).isPositive();
        assertThat(replay.at("/now/committee/entityCode").isMissingNode()).isFalse();
        assertThat(replay.at("/then/meetings").isArray()).isTrue();
        assertThat(replay.at("/then/decisions").isArray()).isTrue();
        assertThat(as("lider").getForEntity("/api/v1/audit/plans/" + PLAN + "/replay?at=" + before, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("control").getForEntity("/api/v1/audit/plans/86320-2009/replay?at=" + before, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void showsTheIndicatorsAsMeasuredByTheInstant() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Instant before = Instant.now();
        assertThat(as("miembro").postForEntity("/api/v1/plans/86001-2009/indicators/T7-A2-I3/measurements",
                new HttpEntity<>("{\"period\":\"2012-11\",\"value\":2,\"source\":\"Encuesta del sitio Web\"}", headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode replay = as("control").getForObject("/api/v1/audit/plans/86001-2009/replay?at=" + before, JsonNode.class);

        JsonNode then = indicator(replay.at("/then/indicators"), "T7-A2-I3");
        JsonNode now = indicator(replay.at("/now/indicators"), "T7-A2-I3");
        assertThat(then.at("/latest/period").asText()).isNotEqualTo("2012-11");
        assertThat(now.at("/latest/period").asText()).isEqualTo("2012-11");
        assertThat(now.at("/latest/value").decimalValue()).isEqualByComparingTo("2");
        assertThat(replay.at("/then/indicators").size()).isEqualTo(replay.at("/now/indicators").size()).isPositive();
    }

    private static JsonNode indicator(JsonNode indicators, String id) {
        for (JsonNode indicator : indicators) {
            if (indicator.get("id").asText().equals(id)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + id + " in " + indicators);
    }
}
