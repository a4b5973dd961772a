package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A reschedule may cite a committee decision only if it exists and concerns that criterion (meetings of 2011-04). */
class RescheduleCitingDecisionIntegrationTest extends CommitteeIntegrationTest {

    @Test
    void aRescheduleCitesOnlyAnExistingDecisionAboutThatCriterion() {
        String meeting = schedule("2011-04-28");
        assertThat(hold(meeting, "2011-04-28", 1, 2, 3, 4, 5, 6, 7).getStatusCode()).isEqualTo(HttpStatus.OK);
        String decision = decide(meeting, 6, member(10), "2011-06-30").getBody().get("decisionId").asText();
        String body = "{\"newTargetDate\":\"%s\",\"reason\":\"Decisión del comité\",\"decisionId\":\"%s\"}";
        String later = LocalDate.now().plusMonths(3).toString();

        assertThat(reschedule("INF-NORM-02", body.formatted(later, decision))).isEqualTo(HttpStatus.OK);
        assertThat(reschedule("INF-NORM-03", body.formatted(later, decision))).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reschedule("INF-NORM-03", body.formatted(later, "86001-D999"))).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode timeline = as("control").getForObject("/api/v1/plans/86001-2009/criteria/INF-NORM-02", JsonNode.class)
                .get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("decisionId").asText()).isEqualTo(decision);
    }

    private HttpStatus reschedule(String code, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (HttpStatus) as("lider").postForEntity("/api/v1/plans/86001-2009/criteria/" + code + "/reschedule",
                new HttpEntity<>(body, headers), JsonNode.class).getStatusCode();
    }
}
