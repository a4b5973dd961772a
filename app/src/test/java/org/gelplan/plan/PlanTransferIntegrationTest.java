package org.gelplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole plan out as YAML or XLSX and in again under another entity, all or nothing. */
class PlanTransferIntegrationTest extends GelPlanIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void mocoasYamlExportImportsUnderAnotherEntityToAnIdenticalPlan() {
        String mocoa = new String(export("86001-2009", "yaml"), StandardCharsets.UTF_8);
        String villagarzon = mocoa.replace("daneCode: \"86001\"", "daneCode: \"86885\"").replace("name: \"Mocoa\"", "name: \"Villagarzón\"");

        ResponseEntity<JsonNode> imported = upload("admin", villagarzon.getBytes(StandardCharsets.UTF_8), "application/yaml");

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getHeaders().getLocation()).hasPath("/api/v1/plans/86885-2009");
        assertThat(new String(export("86885-2009", "yaml"), StandardCharsets.UTF_8)).isEqualTo(villagarzon);
        assertThat(as("admin").getForObject("/api/v1/plans/86885-2009/projects", JsonNode.class)).hasSize(9);
        assertThat(as("admin").getForObject("/api/v1/plans/86885-2009/indicators", JsonNode.class))
                .hasSameSizeAs(as("admin").getForObject("/api/v1/plans/86001-2009/indicators", JsonNode.class));
        assertThat(as("admin").getForObject("/api/v1/plans/86885-2009", JsonNode.class).at("/phases/0/criteria").asInt())
                .isEqualTo(47);
    }

    @Test
    void mocoasWorkbookImportsUnderAnotherEntityToAnIdenticalPlan() throws IOException {
        byte[] workbook = edit(export("86001-2009", "xlsx"), sheets -> entity(sheets, "86865", "Valle del Guamuez"));

        assertThat(upload("admin", workbook, XLSX).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(new String(export("86865-2009", "yaml"), StandardCharsets.UTF_8)).isEqualTo(
                new String(export("86001-2009", "yaml"), StandardCharsets.UTF_8)
                        .replace("daneCode: \"86001\"", "daneCode: \"86865\"").replace("name: \"Mocoa\"", "name: \"Valle del Guamuez\""));
    }

    @Test
    void refusesABrokenWorkbookWithEveryRowsProblemAndRecordsNothing() throws IOException {
        byte[] broken = edit(export("86001-2009", "xlsx"), sheets -> {
            entity(sheets, "86571", "Puerto Guzmán");
            sheets.getSheet("indicators").getRow(4).getCell(2).setCellValue("PORCENTAJE");
            sheets.getSheet("indicators").getRow(9).getCell(10).setCellValue("T1-P99");
            sheets.getSheet("projects").getRow(3).getCell(3).setCellValue("");
        });
        long before = storedCommits();

        ResponseEntity<JsonNode> refused = upload("admin", broken, XLSX);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> errors = new ArrayList<>();
        refused.getBody().get("errors").forEach(e -> errors.add(e.get("field").asText()));
        assertThat(errors).containsExactlyInAnyOrder("indicators/5/kind", "indicators/10", "projects/4/name", "indicators/4");
        assertThat(refused.getBody().toString()).contains("T1-P99", "no debe estar vacío");
        assertThat(storedCommits()).isEqualTo(before);
        assertThat(as("admin").getForEntity("/api/v1/plans/86571-2009", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void importingAPlanThatIsWhollyThereRecordsNothingAndAChangedOneIsRefused() {
        byte[] mocoa = export("86001-2009", "yaml");
        long before = storedCommits();

        assertThat(upload("admin", mocoa, "application/yaml").getStatusCode()).isEqualTo(HttpStatus.OK);
        String changed = new String(mocoa, StandardCharsets.UTF_8).replace("\"3 Técnicas reconocidas\"", "\"4 Técnicas reconocidas\"");
        assertThat(upload("admin", changed.getBytes(StandardCharsets.UTF_8), "application/yaml").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(storedCommits()).isEqualTo(before);
    }

    @Test
    void onlyAnOperatorImportsAndOnlyTheEntitysUsersExport() {
        byte[] mocoa = export("86001-2009", "yaml");

        assertThat(upload("miembro", mocoa, "application/yaml").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(null, mocoa, "application/yaml").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(upload("admin", "plan: [".getBytes(StandardCharsets.UTF_8), "application/yaml").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(upload("admin", mocoa, "text/csv").getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(as("planeacion").getForEntity("/api/v1/plans/86001-2009/export?format=xlsx", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("miembro").getForEntity("/api/v1/plans/86568-2009/export", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("miembro").getForEntity("/api/v1/plans/86001-2009/export?format=pdf", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private byte[] export(String planId, String format) {
        ResponseEntity<byte[]> answer = as("admin").getForEntity("/api/v1/plans/" + planId + "/export?format=" + format, byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> upload(String user, byte[] file, String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type));
        return (user == null ? http : as(user)).postForEntity("/api/v1/plans/import", new HttpEntity<>(file, headers), JsonNode.class);
    }

    interface SheetsChange {
        void apply(Workbook sheets);
    }

    private static byte[] edit(byte[] workbook, SheetsChange change) throws IOException {
        try (Workbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.apply(sheets);
            sheets.write(out);
            return out.toByteArray();
        }
    }

    private static void entity(Workbook sheets, String daneCode, String name) {
        Sheet plan = sheets.getSheet("plan");
        for (Row row : plan) {
            String field = row.getCell(0).getStringCellValue();
            if (field.equals("entity.daneCode")) {
                row.getCell(1).setCellValue(daneCode);
            } else if (field.equals("entity.name")) {
                row.getCell(1).setCellValue(name);
            }
        }
    }
}
