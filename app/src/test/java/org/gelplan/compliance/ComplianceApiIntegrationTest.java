package org.gelplan.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of criteria through HTTP, on a second Mocoa plan (resolution of 2010-05-03) so that the
 * demo plan other tests count stays as the seed left it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceApiIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "/api/v1/plans/86001-2010";

    @BeforeAll
    void adoptThePlan() {
        assertThat(post("admin", "/api/v1/plans", TestPlans.mocoaAdoptedOn("2010-05-03").toString()).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aMembersFulfilmentRaisesThePhasePercentageFromItsEffectiveDate() {
        Instant before = Instant.now();
        assertThat(fulfilled("INFORMACION", null, null)).isEqualTo(13);

        ResponseEntity<JsonNode> answer = post("miembro", PLAN + "/criteria/INF-ACER-02/fulfilment",
                "{\"fulfilledOn\":\"2010-05-10\",\"evidence\":{\"description\":\"Misión y visión publicadas\",\"url\":\"https://www.mocoa-putumayo.gov.co/mision\"}}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fulfilled("INFORMACION", null, null)).isEqualTo(14);
        assertThat(fulfilled("INFORMACION", "2010-05-09", null)).isEqualTo(13);
        assertThat(fulfilled("INFORMACION", "2010-05-10", before.toString())).isEqualTo(13);
        ResponseEntity<JsonNode> again = post("miembro", PLAN + "/criteria/INF-ACER-02/fulfilment",
                "{\"fulfilledOn\":\"2010-05-11\",\"evidence\":{\"description\":\"otra vez\"}}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).endsWith("criterion.already-fulfilled");

        JsonNode detail = as("control").getForObject(PLAN + "/criteria/INF-ACER-02", JsonNode.class);
        assertThat(detail.at("/criterion/status").asText()).isEqualTo("FULFILLED");
        assertThat(detail.at("/timeline/1/type").asText()).isEqualTo("FULFILLED");
        assertThat(detail.at("/timeline/1/actor").asText()).isEqualTo("miembro");
        assertThat(detail.at("/timeline/1/effectiveOn").asText()).isEqualTo("2010-05-10");
        assertThat(detail.at("/timeline/1/retroactive").asBoolean()).isTrue();
    }

    @Test
    void onlyTheLeaderReschedulesAndAlwaysWithAReason() {
        String newDate = LocalDate.now().plusMonths(2).toString();
        String body = "{\"newTargetDate\":\"" + newDate + "\",\"reason\":\"Acta 3 del comité\",\"decisionId\":null}";

        assertThat(post("miembro", PLAN + "/criteria/INF-ACER-03/reschedule", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("lider", PLAN + "/criteria/INF-ACER-03/reschedule", "{\"newTargetDate\":\"" + newDate + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("lider", PLAN + "/criteria/INF-ACER-03/reschedule", body).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode criterion = as("miembro").getForObject(PLAN + "/criteria/INF-ACER-03", JsonNode.class).get("criterion");
        assertThat(criterion.get("status").asText()).isEqualTo("RESCHEDULED");
        assertThat(criterion.get("targetDate").asText()).isEqualTo(newDate);
        assertThat(criterion.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void refusesFactsDatedInTheFutureOrOnUnknownCriteriaAndChangesNothing() {
        long before = storedCommits();
        String future = LocalDate.now().plusDays(3).toString();

        assertThat(post("miembro", PLAN + "/criteria/INF-ACER-04/fulfilment",
                "{\"fulfilledOn\":\"" + future + "\",\"evidence\":{\"description\":\"x\"}}").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(post("miembro", PLAN + "/criteria/INF-NADA-01/fulfilment",
                "{\"fulfilledOn\":\"2010-06-01\",\"evidence\":{\"description\":\"x\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("miembro", PLAN + "/criteria/INF-ACER-04/revocation", "{\"reason\":\"no estaba cumplido\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("miembro", PLAN + "/criteria/INF-ACER-04/fulfilment",
                "{\"fulfilledOn\":\"2010-06-01\",\"evidence\":{\"description\":{\"$gt\":\"\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("miembro", "/api/v1/plans/86320-2009/criteria/INF-ACER-04/fulfilment",
                "{\"fulfilledOn\":\"2010-06-01\",\"evidence\":{\"description\":\"x\"}}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void notApplicableCriteriaLeaveThePercentageAndRevocationsReturnToPending() {
        assertThat(post("lider", PLAN + "/criteria/DEM-PVUL-01/not-applicable", "{\"reason\":\"Sin población objetivo\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("miembro", PLAN + "/criteria/INT-MINT-01/revocation", "{\"reason\":\"El buzón no responde\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode compliance = as("planeacion").getForObject(PLAN + "/compliance", JsonNode.class);
        assertThat(compliance.at("/phases/4/applicable").asInt()).isEqualTo(5);
        assertThat(compliance.at("/phases/4/notApplicable").asInt()).isEqualTo(1);
        assertThat(compliance.at("/phases/1/fulfilled").asInt()).isEqualTo(2);
        assertThat(as("planeacion").getForObject(PLAN + "/criteria/INT-MINT-01", JsonNode.class)
                .at("/criterion/status").asText()).isEqualTo("REVOKED");
    }

    @Test
    void twoConflictingFulfilmentsGiveOneSuccessAndOneConflict() {
        String body = "{\"fulfilledOn\":\"2010-06-01\",\"evidence\":{\"description\":\"Organigrama publicado\"}}";
        List<CompletableFuture<HttpStatus>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(CompletableFuture.supplyAsync(() ->
                    (HttpStatus) post("miembro", PLAN + "/criteria/INF-ACER-05/fulfilment", body).getStatusCode()));
        }

        assertThat(answers.stream().map(CompletableFuture::join))
                .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    }

    private int fulfilled(String phase, String asOf, String knownAt) {
        String query = (asOf == null ? "" : "asOf=" + asOf) + (knownAt == null ? "" : "&knownAt=" + knownAt);
        JsonNode compliance = as("lider").getForObject(PLAN + "/compliance?" + query, JsonNode.class);
        for (JsonNode p : compliance.get("phases")) {
            if (p.get("code").asText().equals(phase)) {
                return p.get("fulfilled").asInt();
            }
        }
        throw new AssertionError("no phase " + phase);
    }

    private ResponseEntity<JsonNode> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
