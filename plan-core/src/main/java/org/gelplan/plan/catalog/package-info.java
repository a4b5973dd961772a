/**
 * The GEL criteria catalogs (phases, categories, criteria, maturity grids) as versioned data files
 * under {@code classpath:catalogs/}, with their loader, validator and registry. Other modules read
 * the catalog through {@link org.gelplan.plan.catalog.CatalogRegistry}.
 */
@NamedInterface("catalog")
package org.gelplan.plan.catalog;

import org.springframework.modulith.NamedInterface;
