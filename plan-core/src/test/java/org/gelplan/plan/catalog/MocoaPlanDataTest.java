package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.gelplan.plan.api.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mocoa's plan file is a complete adoption request whose diagnosis matches Tablas 2–6 and the catalog. */
class MocoaPlanDataTest {

    private static Catalog catalog;
    private static JsonNode plan;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream json = MocoaPlanDataTest.class.getResourceAsStream("/catalogs/gel-2008.json")) {
            catalog = new CatalogLoader().load(json, "gel-2008.json");
        }
        plan = CatalogFixtures.resourceTree("/demo/mocoa-86001-2009.json");
    }

    private static List<JsonNode> diagnosis(String field) {
        return StreamSupport.stream(plan.path("diagnosis").path(field).spliterator(), false).toList();
    }

    private static List<String> codes(String field) {
        return diagnosis(field).stream().map(entry -> entry.path("code").asText()).toList();
    }

    @Test
    void answersEveryCatalogCriterionExactlyOnce() {
        assertThat(plan.path("catalogVersion").asText()).isEqualTo(catalog.version());
        assertThat(codes("criteria")).doesNotHaveDuplicates()
                .containsExactlyElementsOf(catalog.criteria().stream().map(CatalogCriterion::code).toList());
    }

    @Test
    void countsTheSiAnswersOfEachPhaseAsTheSeedDoes() {
        Map<Phase, Long> siPerPhase = diagnosis("criteria").stream()
                .filter(entry -> entry.path("answer").asText().equals("SI"))
                .collect(Collectors.groupingBy(
                        entry -> catalog.criterion(entry.path("code").asText()).orElseThrow().phase(), Collectors.counting()));

        assertThat(siPerPhase).containsOnly(Map.entry(Phase.INFORMACION, 13L), Map.entry(Phase.INTERACCION, 3L));
    }

    @Test
    void givesATargetDateToEveryNoAndNoneToAnySi() {
        Map<Phase, List<String>> targetDatesPerPhase = diagnosis("criteria").stream()
                .filter(entry -> entry.path("answer").asText().equals("NO"))
                .collect(Collectors.groupingBy(entry -> catalog.criterion(entry.path("code").asText()).orElseThrow().phase(),
                        Collectors.mapping(entry -> LocalDate.parse(entry.path("targetDate").asText()).toString(),
                                Collectors.collectingAndThen(Collectors.toSet(), List::copyOf))));

        assertThat(diagnosis("criteria")).extracting(entry -> entry.path("answer").asText()).containsOnly("SI", "NO");
        assertThat(diagnosis("criteria")).filteredOn(entry -> entry.path("answer").asText().equals("SI"))
                .allMatch(entry -> entry.path("targetDate").isNull());
        assertThat(targetDatesPerPhase).containsOnly(
                Map.entry(Phase.INFORMACION, List.of("2009-09-30")), Map.entry(Phase.INTERACCION, List.of("2009-12-01")),
                Map.entry(Phase.TRANSACCION, List.of("2010-12-31")), Map.entry(Phase.TRANSFORMACION, List.of("2011-12-31")),
                Map.entry(Phase.DEMOCRACIA, List.of("2012-12-31")));
    }

    @Test
    void keepsTheAnsweredCategoryLinesAsNotes() {
        assertThat(codes("categoryNotes")).containsExactly("INF-ACER", "INF-NORM", "TRF-ORIE", "TRF-GCAP", "TRF-GINF")
                .allMatch(code -> catalog.category(code).isPresent());
        assertThat(diagnosis("categoryNotes")).extracting(entry -> entry.path("answer").asText())
                .containsExactly("SI", "SI", "NO", "NO", "NO");
    }

    @Test
    void recordsOnlyTheMarkedMaturityCells() {
        assertThat(codes("maturity")).containsExactly("INT-ETR-BM", "INT-ESV-MB")
                .allMatch(code -> catalog.maturityCell(code).isPresent());
        assertThat(diagnosis("maturity")).extracting(entry -> entry.path("targetDate").asText(null))
                .containsExactly(null, "2009-12-01");
    }

    @Test
    void identifiesTheEntityTheResolutionAndTheDiagnosis() {
        assertThat(plan.at("/entity/daneCode").asText()).isEqualTo("86001");
        assertThat(plan.at("/entity/departmentCode").asText()).isEqualTo("86");
        assertThat(plan.at("/resolution/number").asText()).isEqualTo("001143");
        assertThat(plan.at("/resolution/date").asText()).isEqualTo("2009-09-21");
        assertThat(plan.at("/resolution/signatory").asText()).isEqualTo("MARIO LUIS NARVAEZ GOMEZ");
        assertThat(plan.at("/resolution/notes").toString()).contains("27 SEP 2009", "01143", "801143");
        assertThat(plan.at("/diagnosis/date").asText()).isEqualTo("2009-09-21");
        assertThat(plan.at("/diagnosis/madeWith").asText()).startsWith("Frany Blandón Córdoba");
        assertThat(plan.at("/diagnosis/methodology").asText()).startsWith("LA METODOLOGÍA PARA LA ELABORACIÓN DE DIAGNÓSTICOS");
    }

    @Test
    void carriesTheStrategicFrameworkOfSectionsAEAndF() {
        assertThat(plan.path("preliminaryCommitments")).hasSize(5);
        assertThat(plan.path("preliminaryCommitments").get(0).asText()).startsWith("Dar a conocer el sitio web del municipio");
        assertThat(plan.path("vision").asText()).startsWith("Para el año 2012, el Municipio de Mocoa");
        assertThat(plan.path("generalObjective").asText()).contains("definidas en el marco de acción y operativo");
        assertThat(plan.path("specificObjectives")).hasSize(6);
        assertThat(plan.path("actionLines")).hasSize(5);
        assertThat(plan.path("actionLines").get(0).asText()).isEqualTo("Diagnóstico del sitio Web");
        for (Phase phase : Phase.values()) {
            assertThat(plan.at("/phaseTargets/" + phase.name()).asInt(-1)).as(phase.name())
                    .isEqualTo(catalog.phase(phase).defaultTargetPercent());
        }
    }
}
