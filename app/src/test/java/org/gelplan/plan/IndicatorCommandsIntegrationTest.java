package org.gelplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.plan.IndicatorApiIntegrationTest.INDICATORS;

/** Who may define and measure indicators, and what hostile or broken bodies get: a problem, and nothing recorded. */
class IndicatorCommandsIntegrationTest extends GelPlanIntegrationTest {

    private static final String NEWS = INDICATORS + "/T7-A1-I3/measurements";

    @ParameterizedTest
    @CsvSource({"'', 401", "planeacion, 403", "control, 403", "autor, 403", "editor, 403"})
    void onlyCommitteeMembersMeasure(String user, int status) {
        long before = storedCommits();

        ResponseEntity<JsonNode> answer = post(user.isEmpty() ? null : user, NEWS, news("2011-03", 12));

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void membersAndTheLeaderMeasureAndEveryoneSignedInReads() {
        assertThat(post("miembro", NEWS, news("2011-04", 16)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("lider", NEWS, news("2011-05", 11)).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode news = as("editor").getForObject(INDICATORS + "/T7-A1-I3", JsonNode.class);
        assertThat(IndicatorApiIntegrationTest.point(news, "2011-05").get("trend").asText()).isEqualTo("WORSENED");
        assertThat(IndicatorApiIntegrationTest.point(news, "2011-05").get("attainmentPercent").asDouble()).isEqualTo(73.3);
        JsonNode asKnownThen = as("editor").getForObject(INDICATORS + "/T7-A1-I3?asOf=2011-05-20", JsonNode.class);
        assertThat(IndicatorApiIntegrationTest.point(asKnownThen, "2011-04").get("status").asText())
                .as("measured years later: not known on that day").isEqualTo("MISSING");
        assertThat(IndicatorApiIntegrationTest.point(asKnownThen, "2011-05").get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void refusesAnotherEntitysPlan() {
        assertThat(post("miembro", "/api/v1/plans/86568-2009/indicators/T7-A1-I3/measurements", news("2011-03", 1))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"period\": |400",
            "{\"period\":\"$where\",\"value\":1,\"source\":\"x\"}|400",
            "{\"period\":\"2011-01\",\"value\":{\"$gt\":0},\"source\":\"x\"}|400",
            "{\"period\":\"2011-01\",\"value\":1,\"source\":\"x\",\"evidence\":{\"$set\":1}}|400",
            "{\"period\":\"2011-01\",\"value\":\"muchas\",\"source\":\"x\"}|400",
            "{\"period\":\"2011-01\",\"value\":1e999999999,\"source\":\"x\"}|422",
            "{\"period\":\"2011-01\",\"value\":1}|400",
            "{\"period\":\"2999-01\",\"value\":1,\"source\":\"x\"}|422",
            "{\"period\":\"2011-Q1\",\"value\":1,\"source\":\"x\"}|422",
            "{\"period\":\"2011-01\",\"value\":-3,\"source\":\"x\"}|422",
            "{\"period\":\"2011-01\",\"numerator\":1,\"denominator\":2,\"source\":\"x\"}|422"})
    void answersHostileOrBrokenBodiesWithProblemsAndRecordsNothing(String body, int status) {
        long before = storedCommits();

        ResponseEntity<JsonNode> answer = post("miembro", NEWS, body);

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getBody().get("type").asText()).startsWith("https://gelplan.org/problems/");
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void answersAnUnknownIndicatorWith404() {
        assertThat(post("miembro", INDICATORS + "/T7-A9-I9/measurements", news("2011-01", 1)).getBody().get("type").asText())
                .endsWith("indicator.not-found");
        assertThat(post("miembro", INDICATORS + "/no-such/measurements", news("2011-01", 1)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void definesAnIndicatorOnceOnlyForACommitteeMember() {
        String definition = """
                {"id":"T7-A2-I9","name":"Visitas al sitio Web","kind":"COUNT","direction":"HIGHER_IS_BETTER",
                 "target":{"value":500,"unit":"visitas/mes","text":"500 al mes"},"period":"MONTH",
                 "owner":"Encargado del sitio web","actionId":"T7-A2","startsOn":"2010-01-01"}""";
        assertThat(post("planeacion", INDICATORS, definition).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> defined = post("miembro", INDICATORS, definition);

        assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(defined.getHeaders().getLocation()).hasPath("/api/v1/plans/86001-2009/indicators/T7-A2-I9");
        JsonNode visits = as("miembro").getForObject(INDICATORS + "/T7-A2-I9", JsonNode.class);
        assertThat(visits.at("/series/0/period").asText()).isEqualTo("2010-01");
        assertThat(post("miembro", INDICATORS, definition).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> unknownAction = post("miembro", INDICATORS, definition.replace("T7-A2-I9", "T7-A2-I8")
                .replace("\"T7-A2\"", "\"T7-A8\""));
        assertThat(unknownAction.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknownAction.getBody().get("detail").asText()).contains("T7-A8");
    }

    private static String news(String period, int value) {
        return "{\"period\":\"" + period + "\",\"value\":" + value + ",\"source\":\"Sitio Web municipal\"}";
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (user == null ? http : as(user)).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
