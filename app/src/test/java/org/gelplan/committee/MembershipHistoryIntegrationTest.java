package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Membership over time: the change of administration (empalme) as removals and appointments, each from a day on. */
class MembershipHistoryIntegrationTest extends CommitteeIntegrationTest {

    @Test
    void handsTheLeadershipOverAtTheEmpalmeAndStillAnswersWhoLedBefore() {
        ResponseEntity<JsonNode> removed = post("lider", "/members/" + member(5) + "/removal",
                "{\"effectiveOn\":\"2025-01-01\",\"reason\":\"Cambio de administración (empalme)\"}");
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> appointed = post("lider", "/members", """
                {"position":"SECRETARIO DE EDUCACIÓN, CULTURA Y DEPORTE MUNICIPAL","personName":"MARÍA PÉREZ",
                 "roles":["MEMBER","LEADER","AUTHOR"],"effectiveOn":"2025-01-01","reason":"Nueva administración"}""");
        assertThat(appointed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String newLeader = appointed.getBody().get("memberId").asText();

        JsonNode before = get("control", "?asOf=2024-12-31");
        JsonNode after = get("control", "?asOf=2025-01-01");

        assertThat(before.at("/leader/name").asText()).isEqualTo("JHON MOLINA");
        assertThat(after.at("/leader/name").asText()).isEqualTo("MARÍA PÉREZ");
        assertThat(after.at("/leader/id").asText()).isEqualTo(newLeader);
        assertThat(after.get("currentMembers")).hasSize(12);
        assertThat(get("control", "/members?on=2024-06-30").findValuesAsText("name")).contains("JHON MOLINA")
                .doesNotContain("MARÍA PÉREZ");
        JsonNode former = get("control", "/members/" + member(5));
        assertThat(former.get("removedOn").asText()).isEqualTo("2025-01-01");
        assertThat(former.get("removalReason").asText()).contains("empalme");
    }

    @Test
    void refusesASecondHolderOfAPositionStillHeld() {
        long before = storedCommits();

        ResponseEntity<JsonNode> answer = post("lider", "/members", """
                {"position":"Control Interno","roles":["MEMBER"],"effectiveOn":"2025-02-01","reason":"Refuerzo"}""");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().get("detail").asText()).contains(member(8));
        assertThat(storedCommits()).isEqualTo(before);
    }
}
