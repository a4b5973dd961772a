package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the committee's end-to-end tests, which share one application (and so Mocoa's committee):
 * each test class holds its meetings in months of its own, and membership changes take effect in 2012,
 * after every meeting the tests hold.
 */
abstract class CommitteeIntegrationTest extends GelPlanIntegrationTest {

    static final String MOCOA = "/api/v1/committees/86001";

    ResponseEntity<JsonNode> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(MOCOA + path, new HttpEntity<>(body, headers), JsonNode.class);
    }

    JsonNode get(String user, String path) {
        ResponseEntity<JsonNode> answer = as(user).getForEntity(MOCOA + path, JsonNode.class);
        assertThat(answer.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** Schedules a meeting as Mocoa's member and answers its id. */
    String schedule(String date) {
        ResponseEntity<JsonNode> answer = post("miembro", "/meetings",
                "{\"scheduledFor\":\"%s\",\"agenda\":[\"Llamado a lista\",\"Avances del plan\"]}".formatted(date));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("meetingId").asText();
    }

    /** Holds a meeting with a roll call of Mocoa's members by number (5 is the leader, 13 the invitee). */
    ResponseEntity<JsonNode> hold(String meetingId, String date, int... present) {
        return post("miembro", "/meetings/" + meetingId + "/held",
                "{\"heldOn\":\"%s\",\"present\":[%s],\"minutes\":\"Acta de la reunión\"}".formatted(date, ids(present)));
    }

    ResponseEntity<JsonNode> decide(String meetingId, int votesFor, String responsible, String dueDate) {
        return post("miembro", "/meetings/" + meetingId + "/decisions", """
                {"text":"Publicar en el sitio web los decretos de 2009","votesFor":%d,"votesAgainst":0,"abstentions":1,
                 "subjects":["INF-NORM-02"],"responsible":"%s","dueDate":"%s"}""".formatted(votesFor, responsible, dueDate));
    }

    static String member(int number) {
        return "86001-M%02d".formatted(number);
    }

    static String ids(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> "\"" + member(n) + "\"").collect(Collectors.joining(","));
    }
}
