package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Mocoa's transition report as of the end of 2011 (the administration's last day), read-only on the seed plan. */
class TransitionReportIntegrationTest extends GelPlanIntegrationTest {

    private static final String REPORT = "/api/v1/plans/86001-2009/transition-report?asOf=2011-12-31";

    @Test
    void handsOverThePlansStateOverdueCriteriaOpenDecisionsAndIndicatorsAtRisk() throws IOException {
        String first = as("planeacion").getForObject(REPORT, String.class);
        String second = as("planeacion").getForObject(REPORT, String.class);

        assertThat(ReportRequests.body(second)).isEqualTo(ReportRequests.body(first));
        JsonNode envelope = new ObjectMapper().readTree(first);
        assertThat(envelope.get("sha256").asText()).isEqualTo(ReportRequests.sha256(ReportRequests.body(first)));
        JsonNode body = envelope.get("body");
        assertThat(body.get("asOf").asText()).isEqualTo("2011-12-31");
        assertThat(body.get("phases")).hasSize(5);
        assertThat(body.get("overdue").size()).isPositive();
        assertThat(body.get("pendingCriteria").asInt()).isGreaterThanOrEqualTo(body.get("overdue").size());
        assertThat(body.has("openDecisions")).isTrue();
        assertThat(body.get("indicatorsAtRisk").size()).as("nothing measured in the seed").isPositive();
    }

    @Test
    void comesInTheReportFormats() throws IOException {
        assertThat(as("planeacion").getForObject(REPORT + "&format=html", String.class))
                .contains("Informe de empalme", "Mocoa", "Ancla de auditoría");
        byte[] pdf = as("planeacion").getForObject(REPORT + "&format=pdf", byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mocoa", "empalme");
        }
        assertThat(as("planeacion").getForObject(REPORT + "&format=csv", byte[].class)).startsWith(0x50, 0x4B);
        assertThat(http.getForEntity(REPORT, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("lider").getForEntity("/api/v1/plans/86320-2009/transition-report", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
