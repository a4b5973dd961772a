package org.gelplan.plan.catalog;

import java.util.Objects;
import org.gelplan.plan.api.Phase;

/**
 * One criterion of a catalog: a leaf row of the seed's Tablas 2–6 that an entity answers SI/NO or
 * schedules with a target date. Names may repeat within a phase; the code never does.
 *
 * @param code         stable readable code, e.g. {@code INF-NORM-02}
 * @param name         the criterion as the source writes it
 * @param phase        the phase whose percentage it counts in
 * @param categoryCode the category heading it, e.g. {@code INF-NORM}
 * @param categoryName the category's name, e.g. "Normatividad"
 */
public record CatalogCriterion(String code, String name, Phase phase, String categoryCode, String categoryName) {

    public CatalogCriterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(categoryName, "categoryName");
    }
}
