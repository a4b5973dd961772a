package org.gelplan.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Mocoa's Tabla 1 and Tabla 7, as the demo data registers them, through HTTP. */
class PlanMatrixIntegrationTest extends GelPlanIntegrationTest {

    @Test
    void listsEveryProjectOfTablaOneWithItsIndicatorsAndTargets() {
        JsonNode projects = as("planeacion").getForObject("/api/v1/plans/86001-2009/projects", JsonNode.class);

        List<String> rows = new ArrayList<>();
        projects.forEach(p -> rows.add(p.get("id").asText() + " " + p.at("/project/phase").asText("-") + " "
                + p.get("indicators").size()));
        assertThat(rows).containsExactly("T1-P01 INTERACCION 1", "T1-P02 INFORMACION 1", "T1-P03 INFORMACION 1",
                "T1-P04 INFORMACION 1", "T1-P05 INFORMACION 1", "T1-P06 INFORMACION 2", "T1-P07 INFORMACION 1",
                "T1-P08 - 1", "T1-P09 INTERACCION 1");
        assertThat(projects.get(0).get("name").asText())
                .isEqualTo("Apoyo a la investigación participativa y generación de tecnologías para el desarrollo sostenible.");
        assertThat(projects.at("/0/indicators/0/name").asText()).isEqualTo("No de técnicas reconocidas /3 x 100");
        assertThat(projects.at("/0/indicators/0/target/text").asText()).isEqualTo("3 Técnicas reconocidas");
        assertThat(projects.at("/5/project/goals").toString()).isEqualTo("[\"200.....80 beneficiados\",\"ANEXO.10 CONVENIOS\"]");
        assertThat(projects.at("/7/project/phase").isNull()).isTrue();
    }

    @Test
    void listsEveryActionOfTablaSevenWithItsIndicatorsAndTargets() {
        JsonNode actions = as("control").getForObject("/api/v1/plans/86001-2009/actions", JsonNode.class);

        List<String> rows = new ArrayList<>();
        actions.forEach(a -> rows.add(a.get("id").asText() + " " + a.at("/action/duration").asText() + " "
                + a.get("indicators").size()));
        assertThat(rows).containsExactly("T7-A1 4 años 4", "T7-A2 1 año 4", "T7-A3 5 años 4", "T7-A4 5 años 5",
                "T7-A5 5 años 4", "T7-A6 5 años 3", "T7-A7 1 año 1");
        List<String> meetings = new ArrayList<>();
        actions.at("/0/indicators").forEach(i -> meetings.add(i.get("name").asText() + ": " + i.at("/target/text").asText()));
        assertThat(meetings).containsExactly("Frecuencia de reunión del Comité GEL en el orden territorial: Mensual",
                "Cantidad de aportes publicados / Cantidad de aportes registrados: 90%",
                "Cantidad de noticias publicadas: 1 cada 2 días",
                "Porcentaje de miembros que publicaron información: 100%");
        JsonNode complaints = actions.at("/1/indicators/1");
        assertThat(complaints.get("direction").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(complaints.at("/target/text").asText()).isEqualTo("10/ mes");
        assertThat(actions.at("/3/indicators/0/source").asText()).isEqualTo("compliance.phase-percent:INFORMACION");
        assertThat(actions.at("/3/indicators/0/derived").asBoolean()).isTrue();
    }

    @Test
    void answersUnknownForeignAndAnonymousRequestsWithProblems() {
        assertThat(as("miembro").getForEntity("/api/v1/plans/86001-1999/projects", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("miembro").getForEntity("/api/v1/plans/no-plan/actions", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("miembro").getForEntity("/api/v1/plans/86568-2009/projects", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/plans/86001-2009/actions", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
