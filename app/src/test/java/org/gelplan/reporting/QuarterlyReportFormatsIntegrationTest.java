package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mocoa's 2009-Q4 report, previewed (nothing is submitted on the seed plan): deterministic JSON, the
 * HTML page, a PDF with its text and charts, and the CSV tables.
 */
class QuarterlyReportFormatsIntegrationTest extends GelPlanIntegrationTest {

    private static final String REPORT = "/api/v1/plans/86001-2009/reports/2009-Q4";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJsonBodyIsByteForByteTheSameForTheSameEventsAndHashedInTheEnvelope() throws IOException {
        String first = as("planeacion").getForObject(REPORT + "?format=json", String.class);
        String second = as("control").getForObject(REPORT + "?format=json", String.class);

        assertThat(ReportRequests.body(second)).isEqualTo(ReportRequests.body(first));
        JsonNode envelope = JSON.readTree(first);
        assertThat(envelope.get("state").asText()).isEqualTo("PREVIEW");
        assertThat(envelope.get("sha256").asText()).isEqualTo(ReportRequests.sha256(ReportRequests.body(first)));
        assertThat(envelope.get("generatedAt").asText()).isNotBlank();
        assertThat(envelope.get("anchor").get("head").asText()).hasSize(64);
        assertThat(envelope.get("dueDate").asText()).isEqualTo("2010-01-30");
        assertThat(envelope.get("late").asBoolean()).as("not submitted by its due date").isTrue();
    }

    @Test
    void mocoasQuarterShowsItsPhasesAsOfTheQuartersLastDay() {
        JsonNode body = as("planeacion").getForObject(REPORT, JsonNode.class).get("body");

        assertThat(body.get("asOf").asText()).isEqualTo("2009-12-31");
        assertThat(body.get("entity").get("name").asText()).isEqualTo("Mocoa");
        assertThat(body.get("resolution").get("number").asText()).contains("1143");
        JsonNode informacion = body.get("phases").get(0);
        assertThat(informacion.get("code").asText()).isEqualTo("INFORMACION");
        assertThat(informacion.get("percent").asDouble()).isEqualTo(27.7);
        assertThat(informacion.get("trend").get(0).get("quarter").asText()).isEqualTo("2009-Q3");
        assertThat(body.get("criteria").get("overdue").size()).as("diagnosis targets before 2010").isPositive();
        assertThat(body.get("indicators").size()).isPositive();
        assertThat(body.get("projects").size()).isPositive();
        assertThat(body.get("retroactive").get("since").isNull()).isTrue();
    }

    @Test
    void thePdfOpensWithTheEntityThePercentagesAndCharts() throws IOException {
        ResponseEntity<byte[]> pdf = as("planeacion").getForEntity(REPORT + "?format=pdf", byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Mocoa", "2009-Q4", "Información", "27,7 %", "Ancla de auditoría");
            assertThat(images(document)).as("phase bars and trend charts").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theHtmlPageIsInSpanishWithEntityResolutionQuarterAndAnchor() {
        ResponseEntity<String> html = as("planeacion").getForEntity(REPORT + "?format=html", String.class);

        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(html.getBody()).contains("Mocoa", "Resolución", "2009-Q4", "Fecha de generación", "Ancla de auditoría",
                "data:image/png;base64,", html.getHeaders().getFirst("X-Report-SHA256"));
    }

    @Test
    void theCsvIsAZipOfOneTablePerSection() throws IOException {
        byte[] zip = as("planeacion").getForObject(REPORT + "?format=csv", byte[].class);

        List<String> names = new ArrayList<>();
        String phases = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                String content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (entry.getName().equals("fases.csv")) {
                    phases = content;
                }
            }
        }
        assertThat(names).contains("informe.csv", "fases.csv", "criterios.csv", "indicadores.csv", "reuniones.csv",
                "decisiones.csv", "riesgos.csv", "cambios_retroactivos.csv");
        assertThat(phases).startsWith("fase,nombre").contains("INFORMACION,Información", "27.7");
    }

    @Test
    void readersNeedToSignInActForTheEntityAndNameARealQuarterAndFormat() {
        assertThat(http.getForEntity(REPORT, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("lider").getForEntity("/api/v1/plans/86320-2009/reports/2009-Q4", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("lider").getForEntity("/api/v1/plans/86001-2009/reports/2009-Q5", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("lider").getForEntity(REPORT + "?format=docx", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("lider").getForEntity("/api/v1/plans/86001-1999/reports/2009-Q4", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
