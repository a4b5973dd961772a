package org.gelplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mocoa's trámites and servicios inventory through the API, and the Tabla 7 percentages computed from
 * it beside the measured indicators (issue 6, item 3). Items of 2010-2011 are this class's own: the
 * import test lists items of 2013 only, so each test's figures stay its own.
 */
class InventoryIntegrationTest extends GelPlanIntegrationTest {

    private static final String INVENTORY = "/api/v1/inventories/86001";

    @Test
    void theTramitesPercentagesComeFromTheInventoryPerYearAndShowInTheIndicatorView() {
        list("T-2010-A", "TRAMITE", "2010-01-04", "2010-03-01", null);
        list("T-2010-B", "TRAMITE", "2010-01-04", null, null);
        list("S-2010-A", "SERVICIO", "2010-01-04", "2010-02-01", "2010-02-01");
        ResponseEntity<JsonNode> changed = as("miembro").postForEntity(INVENTORY + "/items/T-2010-B/changes", Map.of(
                "item", item("TRAMITE", "2010-01-04", "2011-04-01", null), "effectiveOn", "2011-04-01",
                "reason", "Publicado en el sitio web"), JsonNode.class);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode published = as("control").getForObject("/api/v1/plans/86001-2009/indicators/T7-A6-I1?asOf=2011-12-31",
                JsonNode.class);
        assertThat(published.at("/indicator/definition/derived").asBoolean()).isTrue();
        assertThat(point(published, "2010").get("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(point(published, "2010").get("met").asBoolean()).isFalse();
        assertThat(point(published, "2011").get("value").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(point(published, "2011").get("trend").asText()).isEqualTo("IMPROVED");
        JsonNode automatedServices = as("control").getForObject(
                "/api/v1/plans/86001-2009/indicators/T7-A5-I2?asOf=2010-12-31", JsonNode.class);
        assertThat(point(automatedServices, "2010").get("value").decimalValue()).isEqualByComparingTo("100.0");

        JsonNode derived = as("planeacion").getForObject("/api/v1/plans/86001-2009/derived-indicators?asOf=2010-12-31",
                JsonNode.class);
        JsonNode tramites = find(derived, "tramites.published-percent");
        assertThat(tramites.get("series").get(tramites.get("series").size() - 1).get("value").decimalValue())
                .isEqualByComparingTo("50.0");

        JsonNode item = as("control").getForObject(INVENTORY + "/items/T-2010-B", JsonNode.class);
        assertThat(item.get("history")).hasSize(2);
        assertThat(item.at("/history/1/reason").asText()).isEqualTo("Publicado en el sitio web");
        assertThat(as("control").getForObject(INVENTORY + "/items/T-2010-B?asOf=2010-12-31", JsonNode.class)
                .at("/current/publishedOn").isNull()).isTrue();
    }

    @Test
    void importsACsvAllOrNothingWithRowPreciseErrors() {
        long before = storedCommits();
        ResponseEntity<JsonNode> refused = upload("codigo;tipo;nombre;inscrito;publicado\n"
                + "T-2013-A;trámite;Licencia;2013-01-04;\n"
                + "T-2013-B;formulario;Permiso;2013-01-04;2013-02-30\n", "text/csv");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> fields = new ArrayList<>();
        refused.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("inventario/3/tipo", "inventario/3/publicado");
        assertThat(storedCommits()).isEqualTo(before);

        ResponseEntity<JsonNode> imported = upload("codigo;tipo;nombre;inscrito;publicado\n"
                + "T-2013-A;trámite;Licencia;2013-01-04;\n"
                + "S-2013-A;servicio;Biblioteca;2013-01-04;2013-02-01\n", "text/csv");
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("recorded").asInt()).isEqualTo(2);
        assertThat(storedCommits()).isEqualTo(before + 1);
        assertThat(upload("codigo;tipo;nombre;inscrito;publicado\nT-2013-A;trámite;Licencia;2013-01-04;\n", "text/csv")
                .getBody().get("recorded").asInt()).isZero();
    }

    @Test
    void importsAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("inventario");
            String[][] rows = {{"codigo", "tipo", "nombre", "inscrito"}, {"T-2014-X", "Trámite", "Paz y salvo", "2014-02-03"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        ResponseEntity<JsonNode> imported = as("lider").postForEntity(INVENTORY + "/import",
                new HttpEntity<>(out.toByteArray(), headers), JsonNode.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("lider").getForEntity(INVENTORY + "/items/T-2014-X", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesBadChangesWithProblemsAndChangesNothing() {
        list("T-2012-Z", "TRAMITE", "2012-01-04", null, null);
        assertThat(as("miembro").postForEntity(INVENTORY + "/items", Map.of("code", "T-2012-Z",
                "item", item("TRAMITE", "2012-01-04", null, null)), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("miembro").postForEntity(INVENTORY + "/items/NOPE-1/withdrawal",
                Map.of("withdrawnOn", "2012-05-01", "reason", "x"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("miembro").postForEntity(INVENTORY + "/items", Map.of("code", "T-2099",
                "item", item("TRAMITE", "2099-01-04", null, null)), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(as("miembro").postForEntity(INVENTORY + "/items", Map.of("code", "{\"$gt\":\"\"}",
                "item", item("TRAMITE", "2012-01-04", null, null)), JsonNode.class).getStatusCode().is4xxClientError())
                .isTrue();
    }

    @Test
    void isReadByTheEntitysUsersAndChangedOnlyByCommitteeMembers() {
        assertThat(http.getForEntity(INVENTORY, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("control").getForEntity(INVENTORY, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("lider").getForEntity("/api/v1/inventories/86320", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("planeacion").postForEntity(INVENTORY + "/items", Map.of("code", "T-X",
                "item", item("TRAMITE", "2012-01-04", null, null)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("lider").postForEntity("/api/v1/inventories/86320/items", Map.of("code", "T-X",
                "item", item("TRAMITE", "2012-01-04", null, null)), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void list(String code, String kind, String listedOn, String publishedOn, String automatedOn) {
        ResponseEntity<JsonNode> listed = as("miembro").postForEntity(INVENTORY + "/items",
                Map.of("code", code, "item", item(kind, listedOn, publishedOn, automatedOn)), JsonNode.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static Map<String, Object> item(String kind, String listedOn, String publishedOn, String automatedOn) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("kind", kind, "name", "Ítem " + kind,
                "office", "Secretaría de Gobierno", "listedOn", listedOn));
        item.put("publishedOn", publishedOn);
        item.put("automatedOn", automatedOn);
        return item;
    }

    private ResponseEntity<JsonNode> upload(String csv, String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type));
        return as("lider").postForEntity(INVENTORY + "/import", new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8),
                headers), JsonNode.class);
    }

    private static JsonNode point(JsonNode detail, String period) {
        for (JsonNode point : detail.get("series")) {
            if (point.get("period").asText().equals(period)) {
                return point;
            }
        }
        throw new AssertionError("no period " + period + " in " + detail.get("series"));
    }

    private static JsonNode find(JsonNode derived, String source) {
        for (JsonNode indicator : derived) {
            if (indicator.get("source").asText().equals(source)) {
                return indicator;
            }
        }
        throw new AssertionError("no derived indicator from " + source);
    }
}
