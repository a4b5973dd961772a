package org.gelplan.plan.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The GEL catalogs the application knows: phases, deadlines, categories, criteria, maturity grids. */
@RestController
@RequestMapping("/api/v1/catalogs")
class CatalogController {

    private final CatalogRegistry catalogs;

    CatalogController(CatalogRegistry catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping
    List<String> versions() {
        return catalogs.versions();
    }

    @GetMapping("/{version}")
    Catalog catalog(@PathVariable String version) {
        return catalogs.get(version);
    }
}
