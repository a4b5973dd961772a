package org.gelplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicators of Mocoa's plan through HTTP: measurements move attainment; a measured period takes only corrections. */
class IndicatorApiIntegrationTest extends GelPlanIntegrationTest {

    static final String INDICATORS = "/api/v1/plans/86001-2009/indicators";

    @Test
    void aMeasurementMovesItsIndicatorsAttainment() {
        String contributions = INDICATORS + "/T7-A1-I2";
        assertThat(point(as("planeacion").getForObject(contributions, JsonNode.class), "2010-01").get("status").asText())
                .isEqualTo("MISSING");

        ResponseEntity<JsonNode> measured = post("miembro", contributions + "/measurements", """
                {"period":"2010-01","numerator":9,"denominator":10,"value":null,"source":"Registro del sitio Web",
                 "evidence":{"description":"Acta 5 del Comité GEL","url":"https://www.mocoa-putumayo.gov.co/actas/5"}}""");

        assertThat(measured.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode indicator = as("planeacion").getForObject(contributions, JsonNode.class);
        JsonNode january = point(indicator, "2010-01");
        assertThat(january.get("status").asText()).isEqualTo("MEASURED");
        assertThat(january.get("value").decimalValue()).isEqualByComparingTo("90");
        assertThat(january.get("attainmentPercent").asDouble()).isEqualTo(100.0);
        assertThat(january.get("met").asBoolean()).isTrue();
        assertThat(point(indicator, "2009-12").get("status").asText()).isEqualTo("MISSING");
        assertThat(indicator.at("/history/0/recordedBy").asText()).isEqualTo("miembro");
        assertThat(indicator.at("/history/0/measurement/evidence/description").asText()).isEqualTo("Acta 5 del Comité GEL");
        assertThat(indicator.at("/indicator/latest/period").asText()).isNotBlank();
    }

    @Test
    void refusesASecondMeasurementOfAPeriodUnlessItIsSentAsACorrection() {
        String complaints = INDICATORS + "/T7-A2-I2";
        assertThat(post("miembro", complaints + "/measurements", count("2010-02", 8)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        long before = storedCommits();

        ResponseEntity<JsonNode> again = post("lider", complaints + "/measurements", count("2010-02", 14));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("type").asText()).endsWith("indicator.period-already-measured");
        assertThat(again.getBody().get("detail").asText()).contains("2010-02", "corrección");
        assertThat(storedCommits()).isEqualTo(before);
        assertThat(post("lider", complaints + "/measurements/2010-02/correction", count("2010-02", 14)).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        ResponseEntity<JsonNode> corrected = post("lider", complaints + "/measurements/2010-02/correction", """
                {"value":14,"source":"Buzón de quejas","reason":"Seis quejas llegaron por correo electrónico"}""");

        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode indicator = as("miembro").getForObject(complaints, JsonNode.class);
        JsonNode february = point(indicator, "2010-02");
        assertThat(february.get("value").asInt()).isEqualTo(14);
        assertThat(february.get("corrected").asBoolean()).isTrue();
        assertThat(february.get("correctionReason").asText()).isEqualTo("Seis quejas llegaron por correo electrónico");
        assertThat(february.get("met").asBoolean()).as("a ceiling of 10 a month, exceeded").isFalse();
        assertThat(february.get("attainmentPercent").asDouble()).isEqualTo(71.4);
        assertThat(indicator.get("history")).extracting(h -> h.at("/measurement/value").asInt() + " " + h.get("correction").asBoolean())
                .containsExactly("8 false", "14 true");
    }

    @Test
    void refusesMeasuringADerivedIndicatorInTheCallersLanguage() {
        ResponseEntity<JsonNode> answer = post("miembro", INDICATORS + "/T7-A4-I1/measurements",
                "{\"period\":\"2010-Q1\",\"numerator\":20,\"denominator\":47,\"source\":\"conteo\"}", "en");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("type").asText()).endsWith("indicator.derived-not-measurable");
        assertThat(answer.getBody().get("detail").asText()).contains("compliance.phase-percent:INFORMACION", "computed");
    }

    @Test
    void showsTheSeriesAsOfADay() {
        JsonNode asOf = as("control").getForObject(INDICATORS + "/T7-A1-I3?asOf=2009-12-15", JsonNode.class);

        assertThat(asOf.get("series")).extracting(p -> p.get("period").asText() + " " + p.get("status").asText())
                .containsExactly("2009-09 MISSING", "2009-10 MISSING", "2009-11 MISSING", "2009-12 OPEN");
        assertThat(asOf.at("/indicator/missingPeriods").asInt()).isEqualTo(3);
        assertThat(asOf.at("/indicator/stale").asBoolean()).isTrue();
        assertThat(as("control").getForEntity(INDICATORS + "/T9-X", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void listsEveryIndicatorOfThePlan() {
        JsonNode all = as("autor").getForObject(INDICATORS, JsonNode.class);

        assertThat(all.size()).as("the demo's 35, and any a test defined").isGreaterThanOrEqualTo(35);
        assertThat(all.get(0).get("id").asText()).isEqualTo("T1-P01-I1");
        assertThat(all.get(34).at("/definition/name").asText())
                .isEqualTo("Porcentaje de funcionarios de la nueva administración vinculados al proceso de Gobierno En Línea");
        assertThat(all.get(34).get("startsOn").asText()).isEqualTo("2012-01-01");
    }

    static JsonNode point(JsonNode indicator, String period) {
        for (JsonNode point : indicator.get("series")) {
            if (point.get("period").asText().equals(period)) {
                return point;
            }
        }
        throw new AssertionError("no period " + period + " in " + indicator.get("series"));
    }

    static String count(String period, int value) {
        return "{\"period\":\"" + period + "\",\"value\":" + value + ",\"source\":\"Buzón de quejas\"}";
    }

    ResponseEntity<JsonNode> post(String user, String path, String body) {
        return post(user, path, body, "es");
    }

    ResponseEntity<JsonNode> post(String user, String path, String body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return (user == null ? http : as(user)).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
