package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.gelplan.plan.api.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GEL-2008 catalog holds exactly what Tablas 2–6 of Resolución 001143 de 2009 show, read by SPEC §2. */
class Gel2008CatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void loadCatalog() throws IOException {
        try (InputStream json = Gel2008CatalogTest.class.getResourceAsStream("/catalogs/gel-2008.json")) {
            catalog = new CatalogLoader().load(json, "gel-2008.json");
        }
    }

    @Test
    void countsTheLeafRowsOfTablas2To6AsCriteria() {
        // Counted by hand from the seed: 11+4+2+3+2+1+4+7+7+3+3 | 11 | 9 | 2+7+2+5 | 5+1
        assertThat(catalog.criteriaOf(Phase.INFORMACION)).hasSize(47);
        assertThat(catalog.criteriaOf(Phase.INTERACCION)).hasSize(11);
        assertThat(catalog.criteriaOf(Phase.TRANSACCION)).hasSize(9);
        assertThat(catalog.criteriaOf(Phase.TRANSFORMACION)).hasSize(16);
        assertThat(catalog.criteriaOf(Phase.DEMOCRACIA)).hasSize(6);
        assertThat(catalog.criteria()).hasSize(89);
    }

    @Test
    void groupsCriteriaUnderTheTablesHeadings() {
        assertThat(catalog.phase(Phase.INFORMACION).categories())
                .extracting(CatalogCategory::code, category -> category.criteria().size())
                .containsExactly(tuple("INF-ACER", 11), tuple("INF-NORM", 4), tuple("INF-PRES", 2), tuple("INF-PLAN", 3),
                        tuple("INF-TRSE", 2), tuple("INF-CONT", 1), tuple("INF-CTRL", 4), tuple("INF-SINF", 7),
                        tuple("INF-EPRE", 7), tuple("INF-EFUN", 3), tuple("INF-ETEC", 3));
        assertThat(catalog.phase(Phase.TRANSFORMACION).categories())
                .extracting(CatalogCategory::name, category -> category.criteria().size())
                .containsExactly(tuple("Rediseño de procesos y procedimientos", 2), tuple("Orientación al ciudadano", 7),
                        tuple("Generación de capacidades", 2), tuple("Gestión de la información", 5));
    }

    @Test
    void treatsAnsweredHeadingsAsCategoriesNotCriteria() {
        var headings = new String[] {"Acerca de la Entidad", "Normatividad", "Orientación al ciudadano",
            "Generación de capacidades", "Gestión de la información"};

        assertThat(catalog.criteria()).extracting(CatalogCriterion::name).doesNotContain(headings);
        assertThat(catalog.phases()).flatExtracting(CatalogPhase::categories)
                .extracting(CatalogCategory::name).contains(headings);
    }

    @Test
    void givesTheTwoEjecucionDelPlanRowsDistinctCodesAndCategories() {
        assertThat(catalog.criteria())
                .filteredOn(criterion -> criterion.name().equals("Ejecución del plan (ejecutado vs. programado)"))
                .extracting(CatalogCriterion::code, CatalogCriterion::categoryName)
                .containsExactly(tuple("TRF-REDI-02", "Rediseño de procesos y procedimientos"),
                        tuple("TRF-ORIE-02", "Orientación al ciudadano"));
    }

    @Test
    void namesCriteriaAsTheSeedWritesThem() {
        assertThat(catalog.criterion("INF-NORM-02")).get().extracting(CatalogCriterion::name).isEqualTo("Decretos");
        assertThat(catalog.criterion("INF-ACER-01")).get().extracting(CatalogCriterion::name)
                .isEqualTo("Información básica en el Portal del Estado Colombiano");
        assertThat(catalog.criterion("INT-MINT-04")).get().extracting(CatalogCriterion::name)
                .isEqualTo("Suscripción a servicios de información al correo electrónico");
        assertThat(catalog.criterion("DEM-PVUL-01")).get().extracting(CatalogCriterion::phase, CatalogCriterion::categoryName)
                .containsExactly(Phase.DEMOCRACIA, "Población Vulnerable");
        assertThat(catalog.criterion("INF-NORM-05")).isEmpty();
    }

    @Test
    void carriesTheDecreeDeadlinesAndTheTabla7Targets() {
        assertThat(catalog.phases())
                .extracting(CatalogPhase::phase, CatalogPhase::nationalDeadline, CatalogPhase::territorialDeadline,
                        CatalogPhase::defaultTargetPercent)
                .containsExactly(
                        tuple(Phase.INFORMACION, LocalDate.of(2008, 6, 1), LocalDate.of(2008, 11, 1), 90),
                        tuple(Phase.INTERACCION, LocalDate.of(2008, 12, 1), LocalDate.of(2009, 12, 1), 90),
                        tuple(Phase.TRANSACCION, LocalDate.of(2009, 12, 1), LocalDate.of(2010, 12, 1), 100),
                        tuple(Phase.TRANSFORMACION, LocalDate.of(2010, 6, 1), LocalDate.of(2011, 12, 1), 100),
                        tuple(Phase.DEMOCRACIA, LocalDate.of(2010, 12, 1), LocalDate.of(2012, 12, 1), 100));
    }

    @Test
    void keepsTheMaturityGridsApartFromTheCriteria() {
        assertThat(catalog.phases()).extracting(phase -> phase.maturityCells().size()).containsExactly(0, 18, 6, 9, 0);
        assertThat(catalog.phase(Phase.INTERACCION).maturityGrids())
                .extracting(MaturityGrid::code, MaturityGrid::name)
                .containsExactly(tuple("INT-ETR", "ETAPAS DE TRÁMITES"), tuple("INT-ESV", "ETAPAS DE SERVICIOS"));
        assertThat(catalog.maturityCell("INT-ETR-BM")).get().extracting(MaturityCell::name).isEqualTo("Bajo Medio");
        assertThat(catalog.maturityCell("TRF-FSI-A")).get().extracting(MaturityCell::gridCode).isEqualTo("TRF-FSI");
        assertThat(catalog.criterion("INT-ETR-BM")).isEmpty();
    }

    @Test
    void recordsHowEachAmbiguityWasSettled() {
        assertThat(catalog.decisions()).extracting(CatalogDecision::id)
                .containsExactly("D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08", "D09", "D10", "D11", "D12");
        assertThat(catalog.decisions()).extracting(CatalogDecision::topic)
                .anyMatch(topic -> topic.contains("Generación de capacidades"))
                .anyMatch(topic -> topic.contains("Gestión de la información"));
    }
}
