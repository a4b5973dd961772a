package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or malformed requests get problems, in Spanish or English, and change nothing. */
class CommitteeHostileInputIntegrationTest extends CommitteeIntegrationTest {

    @Test
    void answersMalformedAndHostileBodiesWithProblemsAndStoresNothing() {
        String meeting = schedule("2010-08-27");
        long before = storedCommits();

        assertThat(status("/meetings", "{\"scheduledFor\": ")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/meetings", "{\"scheduledFor\":\"ayer\",\"agenda\":[\"x\"]}")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/meetings", "{\"scheduledFor\":\"2010-08-27\",\"agenda\":[{\"$ne\":null}]}"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/meetings", "{\"scheduledFor\":\"2010-08-27\",\"agenda\":[\"$where\"]}"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/meetings", "{\"scheduledFor\":\"2010-08-27\",\"agenda\":[]}"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/meetings/" + meeting + "/held",
                "{\"heldOn\":\"2010-08-27\",\"present\":[\"86001-M00\",\"x\"],\"minutes\":\"Acta\"}"))
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(status("/meetings/" + meeting + "/cancellation", "{\"reason\":\" \"}"))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/meetings/86001-R999/cancellation", "{\"reason\":\"x\"}")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("/meetings/86320-R001/cancellation", "{\"reason\":\"x\"}")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("/meetings/reunion-1/cancellation", "{\"reason\":\"x\"}")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("/meetings/R001;drop/cancellation", "{\"reason\":\"x\"}")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("/decisions/86001-D999/completion",
                "{\"completedOn\":\"2010-08-27\",\"evidence\":{\"description\":\"x\"}}")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void refusesAMeetingHeldInTheFutureOrWithStrangersInTheRollCallAndSaysWhy() {
        String meeting = schedule("2010-09-24");
        long before = storedCommits();

        ResponseEntity<JsonNode> future = hold(meeting, "2999-09-24", 1, 2, 3, 4, 5, 6, 7);
        ResponseEntity<JsonNode> strangers = hold(meeting, "2010-09-24", 1, 2, 3, 4, 5, 6, 7, 77);
        ResponseEntity<JsonNode> early = hold(meeting, "2010-09-23", 1, 2, 3, 4, 5, 6, 7);

        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(future.getBody().get("detail").asText()).contains("2999-09-24", "futuro");
        assertThat(strangers.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(strangers.getBody().get("detail").asText()).contains("86001-M77");
        assertThat(early.getBody().get("type").asText()).endsWith("committee.held-before-scheduled");
        assertThat(storedCommits()).isEqualTo(before);
        assertThat(get("miembro", "/meetings/" + meeting).get("status").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        ResponseEntity<JsonNode> answer = as("miembro").postForEntity(MOCOA + "/meetings/86001-R999/held",
                new HttpEntity<>("{\"heldOn\":\"2010-08-27\",\"present\":[\"86001-M01\"],\"minutes\":\"x\"}", headers),
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("title").asText()).isEqualTo("Meeting not found");
        assertThat(answer.getBody().get("detail").asText()).contains("86001-R999");
    }

    private HttpStatus status(String path, String body) {
        return HttpStatus.valueOf(post("miembro", path, body).getStatusCode().value());
    }
}
