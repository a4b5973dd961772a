package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole publication workflow through security and the store, on Mocoa's plan re-adopted in 2018:
 * {@code autor} submits, {@code autor} cannot publish, {@code editor} publishes, {@code planeacion}
 * acknowledges, an anonymous visitor reads the published report with the same hash; a correction
 * supersedes it and both stay readable.
 */
class ReportPublicationIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "86001-2018";
    private static final String REPORTS = "/api/v1/plans/" + PLAN + "/reports/";
    private static final String PUBLIC = "/api/v1/public/plans/" + PLAN;

    @BeforeEach
    void adoptThePlanOnce() {
        if (as("admin").getForEntity("/api/v1/plans/" + PLAN, String.class).getStatusCode() == HttpStatus.NOT_FOUND) {
            assertThat(ReportRequests.post(as("admin"), "/api/v1/plans", TestPlans.mocoaAdoptedOn("2018-02-01").toString())
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
    }

    @Test
    void autorSubmitsEditorPublishesPlanningAcknowledgesAndTheVisitorSeesTheSameHash() throws IOException {
        ResponseEntity<JsonNode> submitted = ReportRequests.post(as("autor"), REPORTS + "2018-Q1/submission", "");
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String sha256 = submitted.getBody().get("sha256").asText();
        assertThat(submitted.getBody().get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(as("control").getForObject(REPORTS + "2018-Q1/versions", JsonNode.class).get(0).get("submittedBy")
                .asText()).isEqualTo("autor");

        assertThat(http.getForEntity(PUBLIC + "/reports/2018-Q1", String.class).getStatusCode())
                .as("nothing unpublished is public").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("autor", "2018-Q1/publication")).as("an author cannot publish").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("planeacion", "2018-Q1/acknowledgement")).as("not published yet").isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> published = ReportRequests.post(as("editor"), REPORTS + "2018-Q1/publication", "");
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody().get("state").asText()).isEqualTo("PUBLISHED");
        assertThat(published.getBody().get("sha256").asText()).isEqualTo(sha256);
        assertThat(status("editor", "2018-Q1/acknowledgement")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("planeacion", "2018-Q1/acknowledgement")).isEqualTo(HttpStatus.OK);
        assertThat(status("planeacion", "2018-Q1/acknowledgement")).isEqualTo(HttpStatus.CONFLICT);

        JsonNode page = http.getForObject(PUBLIC, JsonNode.class);
        assertThat(page.get("entity").asText()).isEqualTo("Mocoa");
        assertThat(page.get("phases").size()).isEqualTo(5);
        JsonNode listed = page.get("reports").get(0);
        assertThat(listed.get("quarter").asText()).isEqualTo("2018-Q1");
        assertThat(listed.get("sha256").asText()).isEqualTo(sha256);
        assertThat(listed.get("acknowledged").asBoolean()).isTrue();
        assertThat(page.toString()).doesNotContain("autor", "editor", "planeacion");

        String json = http.getForObject(PUBLIC + "/reports/2018-Q1?format=json", String.class);
        assertThat(ReportRequests.sha256(ReportRequests.body(json))).isEqualTo(sha256);
        assertThat(json).contains("\"state\":\"PUBLISHED\"", "\"sha256\":\"" + sha256 + "\"");
        ResponseEntity<String> html = http.getForEntity(PUBLIC + "/reports/2018-Q1", String.class);
        assertThat(html.getBody()).contains("Mocoa", sha256);
        assertThat(html.getHeaders().getFirst("X-Report-SHA256")).isEqualTo(sha256);
        byte[] pdf = http.getForObject(PUBLIC + "/reports/2018-Q1?format=pdf", byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mocoa", "2018-Q1");
        }
        String internal = as("lider").getForObject(REPORTS + "2018-Q1?format=json", String.class);
        assertThat(ReportRequests.body(internal)).as("served frozen, never regenerated").isEqualTo(ReportRequests.body(json));
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedesThePublishedOneAndBothStayReadable() {
        assertThat(status("autor", "2018-Q2/submission")).isEqualTo(HttpStatus.CREATED);
        assertThat(status("autor", "2018-Q2/submission")).as("one awaits publication").isEqualTo(HttpStatus.CONFLICT);
        assertThat(status("editor", "2018-Q2/publication")).isEqualTo(HttpStatus.OK);
        assertThat(status("autor", "2018-Q2/submission")).as("published: only corrections").isEqualTo(HttpStatus.CONFLICT);
        assertThat(ReportRequests.post(as("autor"), REPORTS + "2018-Q2/corrections", "{\"reason\":\" \"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<JsonNode> correction = ReportRequests.post(as("autor"), REPORTS + "2018-Q2/corrections",
                "{\"reason\":\"Se omitió una reunión del comité\"}");
        assertThat(correction.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(correction.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(http.getForObject(PUBLIC + "/reports/2018-Q2?format=json", JsonNode.class).get("version").asInt())
                .as("the published version stays public until the correction is published").isEqualTo(1);
        assertThat(status("editor", "2018-Q2/publication")).isEqualTo(HttpStatus.OK);

        JsonNode versions = as("control").getForObject(REPORTS + "2018-Q2/versions", JsonNode.class);
        assertThat(versions.get(0).get("state").asText()).isEqualTo("SUPERSEDED");
        assertThat(versions.get(0).get("supersededBy").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("state").asText()).isEqualTo("PUBLISHED");
        assertThat(versions.get(1).get("correctionReason").asText()).isEqualTo("Se omitió una reunión del comité");
        assertThat(http.getForObject(PUBLIC + "/reports/2018-Q2?format=json", JsonNode.class).get("version").asInt())
                .isEqualTo(2);
        JsonNode old = http.getForObject(PUBLIC + "/reports/2018-Q2?format=json&version=1", JsonNode.class);
        assertThat(old.get("state").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.get("supersededBy").asInt()).isEqualTo(2);
    }

    @Test
    void refusesWhatTheWorkflowDoesNotAllow() {
        assertThat(status("autor", "2099-Q1/submission")).as("quarter not ended").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(status("editor", "2018-Q3/publication")).as("never submitted").isEqualTo(HttpStatus.CONFLICT);
        assertThat(status("editor", "2018-Q3/submission")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("autor", "2018-Q9/submission")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity(REPORTS + "2018-Q3/submission", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status("autor", "2018-Q3/corrections")).as("nothing published to correct, body checked after the role")
                .isIn(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT);
        assertThat(ReportRequests.post(as("autor"), REPORTS + "2018-Q3/corrections", "{\"reason\":\"x\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.getForEntity("/api/v1/public/plans/86001-1999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(PUBLIC + "/reports/2018-Q3?format=pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> english = http.exchange(PUBLIC + "/reports/2018-Q3", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(headers("en")), JsonNode.class);
        assertThat(english.getBody().get("title").asText()).isEqualTo("Report not found");
    }

    private HttpStatus status(String user, String path) {
        return (HttpStatus) ReportRequests.post(as(user), REPORTS + path, "").getStatusCode();
    }

    private static org.springframework.http.HttpHeaders headers(String language) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.set("Accept-Language", language);
        return headers;
    }
}
