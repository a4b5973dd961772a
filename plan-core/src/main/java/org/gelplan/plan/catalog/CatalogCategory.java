package org.gelplan.plan.catalog;

import java.util.List;
import java.util.Objects;
import org.gelplan.plan.api.Phase;

/**
 * A line of the seed's tables that heads a group of criteria (e.g. "Normatividad"). A category is
 * not a criterion: an answer written on its line is kept as a note on the plan, never counted.
 *
 * @param code     stable readable code, e.g. {@code INF-NORM}
 * @param name     the heading as the source writes it
 * @param phase    the phase it belongs to
 * @param criteria its criteria, in the source's order
 */
public record CatalogCategory(String code, String name, Phase phase, List<CatalogCriterion> criteria) {

    public CatalogCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        criteria = List.copyOf(criteria);
    }
}
