package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gelplan.plan.catalog.CatalogFixtures.FILE;
import static org.gelplan.plan.catalog.CatalogFixtures.category;
import static org.gelplan.plan.catalog.CatalogFixtures.criterion;
import static org.gelplan.plan.catalog.CatalogFixtures.interactionCells;
import static org.gelplan.plan.catalog.CatalogFixtures.load;
import static org.gelplan.plan.catalog.CatalogFixtures.validCatalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The loader's rules on the file itself: well-formed JSON, no typos, no blank names or empty groups. */
class CatalogLoaderFormatTest {

    @Test
    void refusesMalformedJson() {
        String truncated = validCatalog().toString().substring(0, 200);

        assertThatThrownBy(() -> load(truncated))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void refusesAMisspelledField() {
        ObjectNode catalog = validCatalog();
        criterion(catalog, 0, 0, 0).put("nombre", "Inventario");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("at phases[0].categories[0].criteria[0].nombre");
    }

    @Test
    void refusesARepeatedKey() {
        String json = validCatalog().toString().replaceFirst("\"version\":\"TEST-3.0\"",
                "\"version\":\"TEST-3.0\",\"version\":\"TEST-3.1\"");

        assertThatThrownBy(() -> load(json))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("version");
    }

    @Test
    void refusesANullEntryInAList() {
        ObjectNode catalog = validCatalog();
        category(catalog, 0, 0).withArray("criteria").addNull();

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("at phases[0].categories[0].criteria[2]");
    }

    @Test
    void refusesABlankVersion() {
        ObjectNode catalog = validCatalog();
        catalog.put("version", "");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("catalog: version is blank");
    }

    @Test
    void refusesBlankNames() {
        ObjectNode catalog = validCatalog();
        criterion(catalog, 0, 0, 0).put("name", "");
        category(catalog, 3, 0).remove("name");
        ((ObjectNode) interactionCells(catalog).get(1)).put("name", "  ");

        InvalidCatalog refusal = catchThrowableOfType(InvalidCatalog.class, () -> load(catalog));

        assertThat(refusal.sourceName()).isEqualTo(FILE);
        assertThat(refusal.problems()).containsExactly(
                "phase INFORMACION, category INF-DATA, criterion INF-DATA-01: name is blank",
                "phase INTERACCION, maturity grid INT-NIVL, cell INT-NIVL-2: name is blank",
                "phase TRANSFORMACION, category TRF-INTO: name is blank");
    }

    @Test
    void refusesACategoryWithoutCriteria() {
        ObjectNode catalog = validCatalog();
        category(catalog, 2, 0).putArray("criteria");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase TRANSACCION, category TRA-PAGO: has no criteria");
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        ObjectNode catalog = validCatalog();
        catalog.put("title", "");
        criterion(catalog, 0, 0, 1).put("code", "INF-DATA-01");
        ((ObjectNode) catalog.withArray("phases").get(4)).put("defaultTargetPercent", 250);

        InvalidCatalog refusal = catchThrowableOfType(InvalidCatalog.class, () -> load(catalog));

        assertThat(refusal.problems()).hasSize(3);
        assertThat(refusal).hasMessageStartingWith("Invalid catalog file broken.json (3 problems): ");
    }
}
