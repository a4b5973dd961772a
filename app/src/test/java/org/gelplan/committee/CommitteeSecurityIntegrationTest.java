package org.gelplan.committee;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what on the committee (SPEC §1): members run meetings and decisions, the leader changes the committee. */
class CommitteeSecurityIntegrationTest extends CommitteeIntegrationTest {

    @ParameterizedTest
    @CsvSource({
            "/meetings,                              COMMITTEE_MEMBER",
            "/meetings/86001-R001/held,              COMMITTEE_MEMBER",
            "/meetings/86001-R001/cancellation,      COMMITTEE_MEMBER",
            "/meetings/86001-R001/decisions,         COMMITTEE_MEMBER",
            "/decisions/86001-D001/completion,       COMMITTEE_MEMBER",
            "/meetings/86001-R001/minutes-approval,  COMMITTEE_LEADER",
            "/members,                               COMMITTEE_LEADER",
            "/members/86001-M01/removal,             COMMITTEE_LEADER"})
    void refusesCommandsToAnonymousCallersAndToRolesThatMayNotSendThemWhateverTheBody(String path, String role) {
        long before = storedCommits();

        assertThat(send(null, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(send("control", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("planeacion", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("autor", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        if (role.equals("COMMITTEE_LEADER")) {
            assertThat(send("miembro", path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void letsAMemberScheduleAndEveryoneSignedInReadWithinTheirScope() {
        ResponseEntity<JsonNode> scheduled = post("miembro", "/meetings",
                "{\"scheduledFor\":\"2010-06-25\",\"agenda\":[\"Llamado a lista\"]}");

        assertThat(scheduled.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(scheduled.getHeaders().getLocation()).hasPath(MOCOA + "/meetings/" + scheduled.getBody().get("meetingId").asText());
        for (String user : new String[]{"lider", "miembro", "autor", "editor", "planeacion", "control", "admin"}) {
            assertThat(as(user).getForEntity(MOCOA + "/meetings?from=2010-06-01", JsonNode.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void refusesAMemberActingForAnotherEntitysCommittee() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = as("miembro").postForEntity("/api/v1/committees/86320/meetings",
                new HttpEntity<>("{\"scheduledFor\":\"2010-06-25\",\"agenda\":[\"x\"]}", headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody().get("type").asText()).endsWith("scope.out-of-scope");
    }

    private ResponseEntity<String> send(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var client = user == null ? http : as(user);
        return client.postForEntity(MOCOA + path, new HttpEntity<>("{}", headers), String.class);
    }
}
