package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fulfilment recorded after 2019-Q1's report was published, but effective within 2019-Q1, does not
 * change the published report, and appears as a retroactive change in 2019-Q2's report. On Mocoa's
 * plan re-adopted in 2019.
 */
class RetroactiveChangeIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "/api/v1/plans/86001-2019";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLaterFulfilmentWithAnEarlierDateLeavesThePublishedReportAloneAndShowsUpInTheNextOne() throws IOException {
        assertThat(ReportRequests.post(as("admin"), "/api/v1/plans", TestPlans.mocoaAdoptedOn("2019-01-10").toString())
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        fulfil("INF-NORM-01", "2019-03-01");
        assertThat(ReportRequests.post(as("autor"), PLAN + "/reports/2019-Q1/submission", "").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(ReportRequests.post(as("editor"), PLAN + "/reports/2019-Q1/publication", "").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String published = as("planeacion").getForObject(PLAN + "/reports/2019-Q1", String.class);
        assertThat(codes(body(published).get("criteria").get("fulfilled"))).containsExactly("INF-NORM-01");

        fulfil("INF-ACER-01", "2019-02-15");

        String after = as("planeacion").getForObject(PLAN + "/reports/2019-Q1", String.class);
        assertThat(ReportRequests.body(after)).isEqualTo(ReportRequests.body(published));
        assertThat(JSON.readTree(after).get("sha256")).isEqualTo(JSON.readTree(published).get("sha256"));
        String publicCopy = http.getForObject("/api/v1/public/plans/86001-2019/reports/2019-Q1?format=json", String.class);
        assertThat(ReportRequests.body(publicCopy)).isEqualTo(ReportRequests.body(published));

        JsonNode next = body(as("planeacion").getForObject(PLAN + "/reports/2019-Q2", String.class));
        JsonNode retroactive = next.get("retroactive");
        assertThat(retroactive.get("since").get("quarter").asText()).isEqualTo("2019-Q1");
        assertThat(retroactive.get("since").get("sha256")).isEqualTo(JSON.readTree(published).get("sha256"));
        assertThat(retroactive.get("changes")).hasSize(1);
        JsonNode change = retroactive.get("changes").get(0);
        assertThat(change.get("code").asText()).isEqualTo("INF-ACER-01");
        assertThat(change.get("type").asText()).isEqualTo("FULFILLED");
        assertThat(change.get("effectiveOn").asText()).isEqualTo("2019-02-15");
        assertThat(change.get("affectsQuarter").asText()).isEqualTo("2019-Q1");
        assertThat(codes(next.get("criteria").get("fulfilled"))).as("effective in Q1, not in Q2").isEmpty();
        double publishedPercent = body(published).get("phases").get(0).get("percent").asDouble();
        assertThat(next.get("phases").get(0).get("percent").asDouble()).isGreaterThan(publishedPercent);
    }

    private void fulfil(String code, String on) {
        assertThat(ReportRequests.post(as("miembro"), PLAN + "/criteria/" + code + "/fulfilment",
                "{\"fulfilledOn\":\"" + on + "\",\"evidence\":{\"description\":\"Publicado en el sitio web\"}}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static JsonNode body(String envelope) throws IOException {
        return JSON.readTree(ReportRequests.body(envelope));
    }

    private static List<String> codes(JsonNode lines) {
        List<String> codes = new ArrayList<>();
        lines.forEach(line -> codes.add(line.get("code").asText()));
        return codes;
    }
}
