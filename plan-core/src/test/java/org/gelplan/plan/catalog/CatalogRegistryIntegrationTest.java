package org.gelplan.plan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Spring builds the registry from the application context's resource loader at start-up. */
@SpringJUnitConfig(CatalogRegistry.class)
class CatalogRegistryIntegrationTest {

    @Autowired
    private CatalogRegistry registry;

    @Test
    void loadsTheCatalogsWhenTheContextStarts() {
        assertThat(registry.versions()).contains("GEL-2008", "TEST-3.0");
    }
}
