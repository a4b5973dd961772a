package org.gelplan.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.ReservedPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8's check "the anchor on a published report matches the chain", on plan 86001-2026: the anchor the
 * citizen reads on the published report is the link the audit chain holds at that length, and the chain
 * still verifies intact.
 */
class PublishedReportAnchorIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "86001-2026";
    private static final String REPORTS = "/api/v1/plans/" + PLAN + "/reports/2026-Q1/";

    @Autowired
    AuditChainStore chain;

    @Test
    void theAnchorPrintedOnAPublishedReportIsTheChainsLinkAtThatLength() throws IOException {
        ReservedPlan.adopt(as("admin"), mongo, "2026-01-15");
        assertThat(post("autor", REPORTS + "submission")).isEqualTo(HttpStatus.CREATED);
        assertThat(post("editor", REPORTS + "publication")).isEqualTo(HttpStatus.OK);

        JsonNode published = new ObjectMapper().readTree(
                http.getForObject("/api/v1/public/plans/" + PLAN + "/reports/2026-Q1?format=json", String.class));
        long length = published.at("/anchor/length").asLong();
        String head = published.at("/anchor/head").asText();

        assertThat(published.get("state").asText()).isEqualTo("PUBLISHED");
        assertThat(length).isPositive();
        assertThat(chain.entriesAt(List.of(length - 1)).get(length - 1).link()).isEqualTo(head);
        JsonNode verified = as("control").getForObject("/api/v1/audit/verify", JsonNode.class);
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("length").asLong()).isGreaterThanOrEqualTo(length);
    }

    private HttpStatus post(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return HttpStatus.valueOf(as(user).postForEntity(path, new HttpEntity<>("", headers), String.class)
                .getStatusCode().value());
    }
}
