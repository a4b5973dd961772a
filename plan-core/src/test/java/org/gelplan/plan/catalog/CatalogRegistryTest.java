package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gelplan.plan.api.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** The registry holds every catalog version on the class path, and refuses to start on a doubtful one. */
class CatalogRegistryTest {

    @Test
    void holdsEveryCatalogVersionOnTheClassPath() {
        CatalogRegistry registry = new CatalogRegistry(new DefaultResourceLoader());

        assertThat(registry.versions()).containsExactly("GEL-2008", "TEST-3.0");
        assertThat(registry.get("GEL-2008").criteria()).hasSize(89);
        assertThat(registry.get("TEST-3.0").criteriaOf(Phase.INFORMACION)).hasSize(2);
    }

    @Test
    void refusesAnUnknownVersion() {
        CatalogRegistry registry = new CatalogRegistry(new DefaultResourceLoader());

        assertThatThrownBy(() -> registry.get("GEL-2012"))
                .isInstanceOf(UnknownCatalogVersion.class)
                .satisfies(e -> assertThat(((UnknownCatalogVersion) e).arguments())
                        .containsExactly("GEL-2012", "GEL-2008, TEST-3.0"));
    }

    @Test
    void refusesToStartWithABrokenCatalog() {
        List<Resource> files = List.of(file("{\"version\": \"BROKEN\"}", "broken.json"));

        assertThatThrownBy(() -> new CatalogRegistry(files))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("phase INFORMACION: must appear exactly once");
    }

    @Test
    void refusesToStartWithTwoFilesOfTheSameVersion() {
        String json = CatalogFixtures.validCatalog().toString();
        List<Resource> files = List.of(file(json, "first.json"), file(json, "second.json"));

        assertThatThrownBy(() -> new CatalogRegistry(files))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("second.json")
                .hasMessageContaining("version TEST-3.0 is already declared by first.json");
    }

    @Test
    void refusesToStartWithoutAnyCatalog() {
        assertThatThrownBy(() -> new CatalogRegistry(List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CatalogRegistry.LOCATION_PATTERN);
    }

    private static Resource file(String json, String name) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
