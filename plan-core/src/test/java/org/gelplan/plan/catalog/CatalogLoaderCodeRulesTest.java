package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gelplan.plan.catalog.CatalogFixtures.FILE;
import static org.gelplan.plan.catalog.CatalogFixtures.category;
import static org.gelplan.plan.catalog.CatalogFixtures.criterion;
import static org.gelplan.plan.catalog.CatalogFixtures.interactionCells;
import static org.gelplan.plan.catalog.CatalogFixtures.load;
import static org.gelplan.plan.catalog.CatalogFixtures.phase;
import static org.gelplan.plan.catalog.CatalogFixtures.validCatalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The loader's rules on codes: present, prefixed by phase and parent, unique in the whole catalog. */
class CatalogLoaderCodeRulesTest {

    @Test
    void loadsAValidCatalog() {
        Catalog catalog = load(validCatalog());

        assertThat(catalog.version()).isEqualTo("TEST-3.0");
        assertThat(catalog.criterion("INF-DATA-02")).get()
                .extracting(CatalogCriterion::categoryCode, CatalogCriterion::categoryName)
                .containsExactly("INF-DATA", "Datos abiertos (ficticio)");
    }

    @Test
    void refusesDuplicateCriterionCodes() {
        ObjectNode catalog = validCatalog();
        criterion(catalog, 0, 0, 1).put("code", "INF-DATA-01");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("phase INFORMACION, category INF-DATA, criterion INF-DATA-01: duplicate code");
    }

    @Test
    void refusesDuplicateCategoryCodes() {
        ObjectNode catalog = validCatalog();
        ObjectNode copy = category(catalog, 0, 0).deepCopy();
        copy.withArray("criteria").removeAll().addObject().put("code", "INF-DATA-03").put("name", "Otro");
        phase(catalog, 0).withArray("categories").add(copy);

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("phase INFORMACION, category INF-DATA: duplicate code INF-DATA");
    }

    @Test
    void refusesDuplicateMaturityCellCodes() {
        ObjectNode catalog = validCatalog();
        ((ObjectNode) interactionCells(catalog).get(1)).put("code", "INT-NIVL-1");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INTERACCION, maturity grid INT-NIVL, cell INT-NIVL-1: duplicate code");
    }

    @Test
    void refusesACriterionCodeWhosePrefixIsAnotherPhases() {
        ObjectNode catalog = validCatalog();
        criterion(catalog, 0, 0, 1).put("code", "INT-DATA-02");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INFORMACION, category INF-DATA, criterion INT-DATA-02: code prefix does not"
                        + " match its phase");
    }

    @Test
    void refusesACategoryCodeWhosePrefixIsAnotherPhases() {
        ObjectNode catalog = validCatalog();
        category(catalog, 4, 0).put("code", "INF-PART");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase DEMOCRACIA, category INF-PART: code prefix does not match its phase");
    }

    @Test
    void refusesACriterionFiledUnderAnotherCategory() {
        ObjectNode catalog = validCatalog();
        criterion(catalog, 0, 0, 1).put("code", "INF-OTRA-02");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INFORMACION, category INF-DATA, criterion INF-OTRA-02: code must be its"
                        + " category code INF-DATA followed by a two-digit ordinal");
    }

    @Test
    void refusesACriterionOutsideAnyCategory() {
        ObjectNode catalog = validCatalog();
        phase(catalog, 0).putArray("criteria").addObject().put("code", "INF-DATA-09").put("name", "Suelto");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining(FILE)
                .hasMessageContaining("at phases[0].criteria");
    }

    @Test
    void refusesABlankCriterionCode() {
        ObjectNode catalog = validCatalog();
        criterion(catalog, 2, 0, 0).put("code", " ");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase TRANSACCION, category TRA-PAGO, criterion  : code is blank");
    }

    @Test
    void refusesACellCodeOutsideItsGrid() {
        ObjectNode catalog = validCatalog();
        ((ObjectNode) interactionCells(catalog).get(0)).put("code", "INT-ETR-BM");

        assertThatThrownBy(() -> load(catalog))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("phase INTERACCION, maturity grid INT-NIVL, cell INT-ETR-BM: code must be its grid"
                        + " code INT-NIVL");
    }
}
