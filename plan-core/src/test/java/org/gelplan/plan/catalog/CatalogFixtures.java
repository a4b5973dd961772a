package org.gelplan.plan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Valid catalog trees to break in tests, and a way to load them as a file named {@value #FILE}. */
final class CatalogFixtures {

    static final String FILE = "broken.json";
    static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFixtures() {}

    /** The TEST-3.0 fixture as a mutable tree: INFORMACION first (category INF-DATA), then INTERACCION… */
    static ObjectNode validCatalog() {
        return (ObjectNode) resourceTree("/catalogs/test-3.0.json");
    }

    static JsonNode resourceTree(String path) {
        try (InputStream in = CatalogFixtures.class.getResourceAsStream(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalog load(JsonNode tree) {
        return load(tree.toString());
    }

    static Catalog load(String json) {
        return new CatalogLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    static ObjectNode phase(ObjectNode catalog, int index) {
        return (ObjectNode) catalog.withArray("phases").get(index);
    }

    static ObjectNode category(ObjectNode catalog, int phaseIndex, int categoryIndex) {
        return (ObjectNode) phase(catalog, phaseIndex).withArray("categories").get(categoryIndex);
    }

    static ObjectNode criterion(ObjectNode catalog, int phaseIndex, int categoryIndex, int criterionIndex) {
        return (ObjectNode) category(catalog, phaseIndex, categoryIndex).withArray("criteria").get(criterionIndex);
    }

    /** The cells of INTERACCION's grid INT-NIVL. */
    static ArrayNode interactionCells(ObjectNode catalog) {
        return (ArrayNode) phase(catalog, 1).withArray("maturityGrids").get(0).withArray("cells");
    }
}
