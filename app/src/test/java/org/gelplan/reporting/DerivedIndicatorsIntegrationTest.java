package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Derived indicators are computed from the record, never entered, and shown per period. */
class DerivedIndicatorsIntegrationTest extends GelPlanIntegrationTest {

    @Test
    void computesThePhasePercentagesAndTheMeetingFrequencyOfMocoasPlan() {
        JsonNode derived = as("planeacion").getForObject("/api/v1/plans/86001-2009/derived-indicators?asOf=2010-06-30",
                JsonNode.class);

        List<String> sources = new ArrayList<>();
        derived.forEach(i -> sources.add(i.get("source").asText()));
        assertThat(sources).contains("compliance.phase-percent:INFORMACION", "committee.meeting-frequency");
        JsonNode informacion = find(derived, "compliance.phase-percent:INFORMACION");
        JsonNode first = informacion.get("series").get(0);
        // By the end of the first period, 13 of Información's 47 criteria were fulfilled (the seed's SI answers).
        assertThat(first.get("end").asText()).isEqualTo("2009-09-30");
        assertThat(first.get("value").asDouble()).isEqualTo(27.7);
        assertThat(first.get("met").asBoolean()).isFalse();
        assertThat(find(derived, "committee.meeting-frequency").get("series").size()).isPositive();
    }

    @Test
    void isForSignedInUsersOfTheEntity() {
        assertThat(http.getForEntity("/api/v1/plans/86001-2009/derived-indicators", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("lider").getForEntity("/api/v1/plans/86320-2009/derived-indicators", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
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
