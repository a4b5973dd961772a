package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting lifecycle through HTTP, security, the aggregate, the read models and the indicators. */
class CommitteeMonthIntegrationTest extends CommitteeIntegrationTest {

    @Test
    void walksAMonthScheduleHoldWithRollCallDecideCompleteAndApproveTheMinutesAtTheNextMeeting() {
        String october = schedule("2009-10-30");
        ResponseEntity<JsonNode> held = hold(october, "2009-10-30", 1, 2, 3, 5, 6, 8, 10, 11, 13);
        assertThat(held.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(held.getBody().at("/quorum/reached").asBoolean()).isTrue();
        assertThat(held.getBody().at("/quorum/presidedBy").asText()).isEqualTo(member(5));

        ResponseEntity<JsonNode> decided = decide(october, 7, member(10), "2009-11-30");
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String decision = decided.getBody().get("decisionId").asText();
        assertThat(get("control", "/decisions?status=OPEN&asOf=2009-11-01").findValuesAsText("id")).contains(decision);

        ResponseEntity<JsonNode> completed = post("miembro", "/decisions/" + decision + "/completion",
                "{\"completedOn\":\"2009-11-20\",\"evidence\":{\"description\":\"Decretos publicados\",\"url\":\"https://www.mocoa-putumayo.gov.co/decretos\"}}");
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.OK);

        String november = schedule("2009-11-27");
        assertThat(hold(november, "2009-11-27", 1, 2, 4, 5, 6, 7, 8, 9).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> approved = post("lider", "/meetings/" + october + "/minutes-approval",
                "{\"atMeeting\":\"" + november + "\"}");
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode meeting = get("planeacion", "/meetings/" + october);
        assertThat(meeting.get("status").asText()).isEqualTo("HELD");
        assertThat(meeting.at("/held/present")).hasSize(9);
        assertThat(meeting.at("/held/presentVoting")).hasSize(8);
        assertThat(meeting.at("/minutesApproval/atMeeting").asText()).isEqualTo(november);
        assertThat(meeting.get("decisions").get(0).asText()).isEqualTo(decision);
        JsonNode done = get("planeacion", "/decisions/" + decision);
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("completedOnTime").asBoolean()).isTrue();
        assertThat(done.get("subjects").get(0).asText()).isEqualTo("INF-NORM-02");
        JsonNode indicators = get("planeacion", "?asOf=2009-11-30").get("indicators");
        assertThat(indicators.at("/decisions/completedOnTime").asInt()).isPositive();
        assertThat(indicators.at("/attendance/percent").isNumber()).isTrue();
    }

    @Test
    void refusesADecisionInAMeetingHeldBelowQuorumAndRecordsNothing() {
        String meeting = schedule("2010-02-26");
        ResponseEntity<JsonNode> held = hold(meeting, "2010-02-26", 1, 2, 3, 4, 5, 6, 13);
        assertThat(held.getBody().at("/quorum/reached").asBoolean()).isFalse();
        assertThat(held.getBody().at("/quorum/required").asInt()).isEqualTo(7);
        long before = storedCommits();

        ResponseEntity<JsonNode> decided = decide(meeting, 5, member(5), "2010-03-31");

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(decided.getBody().get("type").asText()).endsWith("committee.no-quorum");
        assertThat(decided.getBody().get("detail").asText()).contains(meeting, "quórum");
        assertThat(storedCommits()).isEqualTo(before);
        assertThat(get("miembro", "/meetings/" + meeting).get("decisions")).isEmpty();
    }

    @Test
    void aHeldMeetingRaisesTheFrequencyIndicatorForItsMonth() {
        JsonNode before = get("miembro", "?asOf=2010-03-31").at("/indicators/meetingFrequency");
        String meeting = schedule("2010-03-19");

        hold(meeting, "2010-03-19", 1, 2, 3, 4, 5, 6, 7);

        JsonNode after = get("miembro", "?asOf=2010-03-31").at("/indicators/meetingFrequency");
        assertThat(after.get("target").asText()).isEqualTo("Mensual");
        assertThat(after.get("monthsSinceConstitution").asInt()).isEqualTo(7);
        assertThat(after.get("monthsWithMeeting").asInt()).isEqualTo(before.get("monthsWithMeeting").asInt() + 1);
        assertThat(after.get("percent").asDouble()).isGreaterThan(before.get("percent").asDouble());
        assertThat(after.at("/months/6/month").asText()).isEqualTo("2010-03");
        assertThat(after.at("/months/6/held").asInt()).isEqualTo(1);
    }

    @Test
    void listsMeetingsByStatusAndDates() {
        String cancelled = schedule("2010-05-28");
        ResponseEntity<JsonNode> answer = post("miembro", "/meetings/" + cancelled + "/cancellation", "{\"reason\":\"Paro cívico\"}");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode may = get("control", "/meetings?from=2010-05-01&to=2010-05-31");
        JsonNode cancelledOnes = get("control", "/meetings?status=CANCELLED");

        assertThat(may.findValuesAsText("id")).containsExactly(cancelled);
        assertThat(cancelledOnes.findValuesAsText("id")).contains(cancelled);
        assertThat(cancelledOnes.findValuesAsText("status")).containsOnly("CANCELLED");
        assertThat(as("control").getForEntity(MOCOA + "/meetings?status=NINGUNO", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void listsDecisionsOpenCompletedOrOverdueAsOfADayAndBySubject() {
        String april = schedule("2010-04-23");
        hold(april, "2010-04-23", 1, 2, 3, 4, 5, 6, 7, 8);
        String decision = decide(april, 7, member(6), "2010-04-30").getBody().get("decisionId").asText();
        post("miembro", "/decisions/" + decision + "/completion",
                "{\"completedOn\":\"2010-05-10\",\"evidence\":{\"description\":\"Hecho\"}}");

        assertThat(get("control", "/decisions?status=OPEN&asOf=2010-04-30").findValuesAsText("id")).contains(decision);
        assertThat(get("control", "/decisions?status=OVERDUE&asOf=2010-04-30").findValuesAsText("id")).doesNotContain(decision);
        assertThat(get("control", "/decisions?status=OVERDUE&asOf=2010-05-01").findValuesAsText("id")).contains(decision);
        assertThat(get("control", "/decisions?status=COMPLETED&asOf=2010-05-10").findValuesAsText("id")).contains(decision);
        assertThat(get("control", "/decisions?asOf=2010-04-22").findValuesAsText("id")).doesNotContain(decision);
        assertThat(get("control", "/decisions?subject=inf-norm-02&asOf=2010-05-10").findValuesAsText("id")).contains(decision);
        assertThat(get("control", "/decisions?subject=INT-FORO-01&asOf=2010-05-10").findValuesAsText("id")).doesNotContain(decision);
        JsonNode late = get("control", "/decisions/" + decision);
        assertThat(late.get("completedOnTime").asBoolean()).isFalse();
    }
}
