package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gelplan.plan.catalog.CatalogFixtures.FILE;
import static org.gelplan.plan.catalog.CatalogFixtures.load;
import static org.gelplan.plan.catalog.CatalogFixtures.phase;
import static org.gelplan.plan.catalog.CatalogFixtures.validCatalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader's rules on phases: all five once, dates that parse and ascend, sensible targets. */
class CatalogLoaderPhaseRulesTest {

    @Test
    void refusesACatalogMissingAPhase() {
        ObjectNode catalog = validCatalog();
        catalog.withArray("phases").remove(2);

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("phase TRANSACCION: must appear exactly once, appears 0 times");
    }

    @Test
    void refusesAPhaseThatAppearsTwice() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 2).put("phase", "INTERACCION");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INTERACCION: must appear exactly once, appears 2 times");
    }

    @Test
    void refusesAnUnknownPhase() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 4).put("phase", "ELEMENTOS_TRANSVERSALES");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phases[4]: unknown phase 'ELEMENTOS_TRANSVERSALES'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nationalDeadline", "territorialDeadline"})
    void refusesADeadlineThatIsNotADate(String field) {
        ObjectNode catalog = validCatalog();
        phase(catalog, 1).put(field, "1° de diciembre de 2009");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INTERACCION: " + field + " '1° de diciembre de 2009' is not a date");
    }

    @Test
    void refusesACatalogWithoutTheDateItsSourceTookEffect() {
        ObjectNode catalog = validCatalog();
        catalog.put("inForceSince", "abril de 2008");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("catalog: inForceSince 'abril de 2008' is not a date");
    }

    @Test
    void refusesAMissingDeadline() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 3).remove("nationalDeadline");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase TRANSFORMACION: nationalDeadline 'null' is not a date");
    }

    @Test
    void refusesTerritorialDeadlinesThatDoNotAscend() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 3).put("territorialDeadline", "2015-12-31");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase TRANSFORMACION: territorialDeadline 2015-12-31 must come after that of"
                        + " phase TRANSACCION (2015-12-31)");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void refusesATargetPercentOutsideZeroToHundred(int percent) {
        ObjectNode catalog = validCatalog();
        phase(catalog, 0).put("defaultTargetPercent", percent);

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INFORMACION: defaultTargetPercent " + percent + " must be a whole number");
    }

    @Test
    void refusesAFractionalTargetPercent() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 0).put("defaultTargetPercent", 90.5);

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("at phases[0].defaultTargetPercent");
    }

    @Test
    void refusesAPhaseWithoutCategories() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 4).putArray("categories");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase DEMOCRACIA: has no categories");
    }
}
