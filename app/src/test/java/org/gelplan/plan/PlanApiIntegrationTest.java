package org.gelplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans through HTTP, security, commands, the event store, projections and back. */
class PlanApiIntegrationTest extends GelPlanIntegrationTest {

    @Autowired
    ObjectMapper json;

    @Test
    void showsMocoasFivePhasesWithTheSeedsTerritorialDeadlinesAndCounts() {
        JsonNode plan = as("lider").getForObject("/api/v1/plans/86001-2009", JsonNode.class);

        List<String> phases = new ArrayList<>();
        plan.get("phases").forEach(p -> phases.add(String.join(" ", p.get("code").asText(),
                p.get("territorialDeadline").asText(), p.get("targetPercent").asText(), p.get("criteria").asText(),
                p.get("fulfilled").asText())));
        // Tablas 2–6 of the seed: 47, 11, 9, 16 and 6 criteria; 13 and 3 answered SI; considerando 5's deadlines.
        assertThat(phases).containsExactly(
                "INFORMACION 2008-11-01 90 47 13",
                "INTERACCION 2009-12-01 90 11 3",
                "TRANSACCION 2010-12-01 100 9 0",
                "TRANSFORMACION 2011-12-01 100 16 0",
                "DEMOCRACIA 2012-12-01 100 6 0");
        assertThat(plan.at("/resolution/number").asText()).isEqualTo("001143");
        assertThat(plan.at("/entity/name").asText()).isEqualTo("Mocoa");
    }

    @Test
    void judgesPhasesAsOfADay() {
        JsonNode plan = as("planeacion").getForObject("/api/v1/plans/86001-2009?asOf=2009-10-01", JsonNode.class);

        assertThat(plan.at("/phases/0/status").asText()).isEqualTo("MISSED");
        assertThat(plan.at("/phases/1/status").asText()).isEqualTo("ON_TRACK");
        assertThat(plan.at("/phases/1/percent").asDouble()).isEqualTo(27.3);
    }

    @Test
    void listsCriteriaByPhaseAndStatus() {
        JsonNode fulfilled = as("miembro").getForObject(
                "/api/v1/plans/86001-2009/criteria?phase=INFORMACION&status=FULFILLED", JsonNode.class);
        JsonNode overdue = as("miembro").getForObject(
                "/api/v1/plans/86001-2009/criteria?status=OVERDUE&asOf=2009-10-15", JsonNode.class);

        assertThat(fulfilled).hasSize(13);
        assertThat(fulfilled.get(0).get("name").asText()).isEqualTo("Identidad visual");
        assertThat(overdue).hasSize(34).allSatisfy(c -> assertThat(c.get("targetDate").asText()).isEqualTo("2009-09-30"));
        assertThat(as("miembro").getForEntity("/api/v1/plans/86001-2009/criteria?phase=NINGUNA", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void servesTheCatalog() {
        JsonNode catalog = as("control").getForObject("/api/v1/catalogs/GEL-2008", JsonNode.class);

        assertThat(catalog.get("phases")).hasSize(5);
        assertThat(as("control").getForObject("/api/v1/catalogs", JsonNode.class))
                .extracting(JsonNode::asText).contains("GEL-2008");
        assertThat(as("control").getForEntity("/api/v1/catalogs/GEL-1999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void asksAnonymousCallersToSignIn() {
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/v1/plans/86001-2009", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody().get("title").asText()).isEqualTo("Autenticación requerida");
    }

    @Test
    void letsOnlyAnAdministratorAdoptAPlan() throws IOException {
        long before = storedCommits();

        ResponseEntity<JsonNode> answer = post("control", planFor("86568", "Puerto Asís").toString());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void adoptsAnotherEntitysPlanThatOnlyItsScopeMaySee() throws IOException {
        ResponseEntity<JsonNode> adopted = post("admin", planFor("86320", "Orito").toString());

        assertThat(adopted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(adopted.getHeaders().getLocation()).hasPath("/api/v1/plans/86320-2009");
        assertThat(as("admin").getForObject("/api/v1/plans/86320-2009", JsonNode.class).at("/entity/name").asText())
                .isEqualTo("Orito");
        assertThat(as("lider").getForEntity("/api/v1/plans/86320-2009", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode liderPlans = as("lider").getForObject("/api/v1/plans", JsonNode.class);
        assertThat(liderPlans).extracting(p -> p.get("planId").asText()).contains("86001-2009").doesNotContain("86320-2009");
    }

    @Test
    void refusesToAdoptMocoasPlanTwice() throws IOException {
        long before = storedCommits();

        ResponseEntity<JsonNode> answer = post("admin", planFor("86001", "Mocoa").toString());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().get("type").asText()).endsWith("plan.already-adopted");
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void answersHostileOrMalformedBodiesWithProblemsAndChangesNothing() throws IOException {
        long before = storedCommits();
        ObjectNode futureResolution = planFor("86219", "Colón");
        ((ObjectNode) futureResolution.get("resolution")).put("date", "2999-01-01");
        ObjectNode operator = planFor("86219", "Colón");
        operator.putObject("catalogVersion").putNull("$ne");
        ObjectNode whereString = planFor("86219", "Colón");
        ((ObjectNode) whereString.get("entity")).put("name", "$where");
        ObjectNode unknownCriterion = planFor("86219", "Colón");
        ((ObjectNode) unknownCriterion.at("/diagnosis/criteria/0")).put("code", "INF-NADA-01");

        assertThat(post("admin", "{\"entity\": ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("admin", operator.toString()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("admin", whereString.toString()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> future = post("admin", futureResolution.toString());
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(future.getBody().get("detail").asText()).contains("2999-01-01").contains("futuro");
        assertThat(post("admin", unknownCriterion.toString()).getBody().get("detail").asText()).contains("INF-NADA-01");
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void recordsTheActorOnEveryStoredEvent() {
        mongo.getCollection("eventcommits").find().forEach(commit -> commit.getList("events", org.bson.Document.class)
                .forEach(event -> assertThat(event.getString("metaData")).contains("\"actor\"")));
        assertThat(storedCommits()).isPositive();
    }

    private ResponseEntity<JsonNode> post(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity("/api/v1/plans", new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ObjectNode planFor(String daneCode, String name) throws IOException {
        ObjectNode plan = (ObjectNode) json.readTree(new ClassPathResource("demo/mocoa-86001-2009.json").getInputStream());
        ((ObjectNode) plan.get("entity")).put("daneCode", daneCode).put("name", name);
        return plan;
    }
}
