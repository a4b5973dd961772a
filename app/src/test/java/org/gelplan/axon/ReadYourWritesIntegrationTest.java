package org.gelplan.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's answer comes after this node's projections handled its events and the events a policy's
 * command caused in turn: adopting a plan stores {@code PlanAdopted}, the compliance policy answers with
 * a command that opens every criterion, and the criteria read model must already hold them all when the
 * adoption is answered, with no wait for the head in between.
 */
class ReadYourWritesIntegrationTest extends GelPlanIntegrationTest {

    @Test
    void theAdoptionIsAnsweredOnceTheCriteriaItsPolicyOpenedCanBeRead() {
        assertAdoptionThenCriteriaReadable("2024-03-05", null);
    }

    /** The idempotency filter takes the wait over, to run it beside the durable write of the answer. */
    @Test
    void soIsAnAdoptionSentWithAnIdempotencyKey() {
        assertAdoptionThenCriteriaReadable("2025-04-07", "ryw-adoption-2025");
    }

    private void assertAdoptionThenCriteriaReadable(String date, String idempotencyKey) {
        int demoCriteria = as("lider").getForObject("/api/v1/plans/86001-2009/criteria", JsonNode.class).size();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }

        ResponseEntity<String> adopted = as("admin").postForEntity("/api/v1/plans",
                new HttpEntity<>(TestPlans.mocoaAdoptedOn(date).toString(), headers), String.class);

        // read at once, from the store: a second HTTP request would give the projections its sign-in's time
        long opened = mongo.getCollection("criterion_records")
                .countDocuments(new Document("planId", "86001-" + date.substring(0, 4)));
        assertThat(adopted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(demoCriteria).isPositive();
        assertThat(opened).isEqualTo(demoCriteria);
    }
}
