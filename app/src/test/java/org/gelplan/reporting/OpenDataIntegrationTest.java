package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens download a plan's compliance and indicators as CSV or JSON, anonymously, in the documented columns. */
class OpenDataIntegrationTest extends GelPlanIntegrationTest {

    @Test
    void theSchemaDescribesEveryColumnOfEveryDataset() {
        JsonNode schema = http.getForObject("/api/v1/public/open-data/schema", JsonNode.class);

        assertThat(schema.get("schemaVersion").asText()).isEqualTo("1");
        assertThat(names(schema.get("datasets"), "name")).containsExactly("compliance", "indicators", "reports");
        schema.get("datasets").forEach(dataset -> dataset.get("columns").forEach(column -> {
            assertThat(column.get("type").asText()).isIn("string", "integer", "number", "boolean", "date");
            assertThat(column.get("description").asText()).isNotBlank();
        }));
    }

    @Test
    void complianceAsCsvHasTheSchemasColumnsAndOneRowPerPhase() {
        ResponseEntity<String> csv = http.getForEntity("/api/v1/public/plans/86001-2009/open-data/compliance.csv", String.class);
        JsonNode schema = http.getForObject("/api/v1/public/open-data/schema", JsonNode.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", names(schema.get("datasets").get(0).get("columns"), "name")));
        assertThat(lines).hasSize(6);
        // Información: 13 of 47 criteria fulfilled in the seed's diagnosis; its 2010 deadline passed.
        assertThat(lines[1]).startsWith("86001-2009,86001,Mocoa,").contains(",INFORMACION,", ",27.7,MISSED,false");
    }

    @Test
    void indicatorsAsJsonCarryTheirAttainmentAndNothingPersonal() {
        JsonNode json = http.getForObject("/api/v1/public/plans/86001-2009/open-data/indicators.json", JsonNode.class);

        assertThat(json.get("dataset").asText()).isEqualTo("indicators");
        assertThat(json.get("rows").size()).isGreaterThanOrEqualTo(35);
        JsonNode first = json.get("rows").get(0);
        assertThat(first.has("attainment_percent")).isTrue();
        assertThat(first.has("owner")).isFalse();
        assertThat(json.toString()).doesNotContain("system:demo-data");
    }

    @Test
    void publishedReportsAreListedWithTheirHashAndNoPeople() {
        String plan = "/api/v1/plans/86001-2016";
        if (as("admin").getForEntity(plan, String.class).getStatusCode() == HttpStatus.NOT_FOUND) {
            assertThat(ReportRequests.post(as("admin"), "/api/v1/plans", TestPlans.mocoaAdoptedOn("2016-02-01").toString())
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertThat(ReportRequests.post(as("autor"), plan + "/reports/2016-Q1/submission", "").getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
            assertThat(ReportRequests.post(as("editor"), plan + "/reports/2016-Q1/publication", "").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        String sha256 = as("control").getForObject(plan + "/reports/2016-Q1/versions", JsonNode.class).get(0)
                .get("sha256").asText();

        String[] csv = http.getForObject("/api/v1/public/plans/86001-2016/open-data/reports.csv", String.class).split("\r\n");
        assertThat(csv).hasSize(2);
        assertThat(csv[1]).startsWith("86001-2016,2016-Q1,1,PUBLISHED," + sha256 + ",").doesNotContain("autor", "editor");
        JsonNode json = http.getForObject("/api/v1/public/plans/86001-2016/open-data/reports.json", JsonNode.class);
        assertThat(json.get("rows").get(0).get("sha256").asText()).isEqualTo(sha256);
    }

    @Test
    void unknownFilesAndPlansAreNotFoundProblems() {
        JsonNode problem = http.getForEntity("/api/v1/public/plans/86001-2009/open-data/minutes.csv", JsonNode.class).getBody();
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("type").asText()).endsWith("opendata.unknown-dataset");
        assertThat(http.getForEntity("/api/v1/public/plans/86001-2009/open-data/compliance.xml", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/public/plans/86001-1999/open-data/compliance.csv", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/v1/public/plans/nope/open-data/compliance.json", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }
}
