package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan de mejoramiento end to end: internal control records a finding on a criterion of Mocoa's
 * plan and opens an improvement action, which is overdue after its due date until its closure is
 * recorded with evidence. Findings of 2012 are this class's own.
 */
class FindingsIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "/api/v1/improvement-plans/86001";

    @Test
    void anImprovementActionAppearsOverdueAfterItsDueDateUntilClosed() {
        String code = as("control").getForObject("/api/v1/plans/86001-2009/criteria", JsonNode.class).get(0).get("code").asText();
        ResponseEntity<JsonNode> finding = as("control").postForEntity(PLAN + "/findings", Map.of("kind", "FINDING",
                "subjectKind", "CRITERION", "subjectId", "86001-2009:" + code, "text", "La evidencia no está publicada",
                "recordedOn", "2012-01-10"), JsonNode.class);
        assertThat(finding.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String findingId = finding.getBody().get("findingId").asText();
        ResponseEntity<JsonNode> action = as("planeacion").postForEntity(PLAN + "/findings/" + findingId + "/actions",
                Map.of("description", "Publicar la evidencia", "responsible", "Secretaría General",
                        "openedOn", "2012-01-10", "dueDate", "2012-03-31"), JsonNode.class);
        assertThat(action.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String actionId = action.getBody().get("actionId").asText();

        assertThat(actionOn("2012-03-31", findingId).get("overdue").asBoolean()).isFalse();
        JsonNode late = actionOn("2012-04-01", findingId);
        assertThat(late.get("overdue").asBoolean()).isTrue();
        assertThat(late.get("status").asText()).isEqualTo("OPEN");

        ResponseEntity<JsonNode> closed = as("miembro").postForEntity(PLAN + "/actions/" + actionId + "/closure",
                Map.of("closedOn", "2012-05-02", "evidence", Map.of("description", "Publicada en el sitio web")), JsonNode.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(actionOn("2012-04-15", findingId).get("overdue").asBoolean()).isTrue();
        JsonNode done = actionOn("2012-06-01", findingId);
        assertThat(done.get("status").asText()).isEqualTo("CLOSED");
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(as("miembro").postForEntity(PLAN + "/actions/" + actionId + "/closure",
                Map.of("closedOn", "2012-05-03", "evidence", Map.of("description", "otra vez")), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyPlanningAndInternalControlRecordFindingsAndAnObservationOpensNoActions() {
        Map<String, String> observation = Map.of("kind", "OBSERVATION", "subjectKind", "PLAN", "subjectId", "86001-2009",
                "text", "El plan no fija responsables por fase", "recordedOn", "2012-02-01");
        assertThat(as("miembro").postForEntity(PLAN + "/findings", observation, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("control").postForEntity("/api/v1/improvement-plans/86320/findings", observation, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> recorded = as("planeacion").postForEntity(PLAN + "/findings", observation, JsonNode.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = recorded.getBody().get("findingId").asText();
        assertThat(as("control").postForEntity(PLAN + "/findings/" + id + "/actions", Map.of("description", "x",
                "responsible", "y", "dueDate", "2012-12-31"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(as("control").postForEntity(PLAN + "/findings", Map.of("kind", "FINDING", "subjectKind", "MEETING",
                "subjectId", "86001-R999", "text", "x", "recordedOn", "2012-02-01"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("autor").getForObject(PLAN + "/findings/" + id, JsonNode.class).get("kind").asText())
                .isEqualTo("OBSERVATION");
        assertThat(http.getForEntity(PLAN, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private JsonNode actionOn(String day, String findingId) {
        JsonNode plan = as("control").getForObject(PLAN + "?asOf=" + day, JsonNode.class);
        for (JsonNode finding : plan.get("findings")) {
            if (finding.get("findingId").asText().equals(findingId)) {
                return finding.get("actions").get(0);
            }
        }
        throw new AssertionError("no finding " + findingId + " on " + day);
    }
}
