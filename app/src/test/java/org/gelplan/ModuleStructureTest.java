package org.gelplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each module is reached only through its api (and the plan's catalog); no cycles between modules. */
class ModuleStructureTest {

    @Test
    void modulesOnlyUseEachOthersPublishedInterfaces() {
        ApplicationModules.of(GelPlanApplication.class).verify();
    }
}
