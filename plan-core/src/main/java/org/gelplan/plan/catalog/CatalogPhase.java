package org.gelplan.plan.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gelplan.plan.api.Phase;

/**
 * One phase of a catalog with its decree deadlines, its default compliance target and its content.
 *
 * @param phase                the phase
 * @param name                 the phase's name as the catalog writes it
 * @param nationalDeadline     deadline for entities of the national order
 * @param territorialDeadline  deadline for territorial entities (departments, municipalities)
 * @param defaultTargetPercent share of applicable criteria to fulfil, 0–100, unless a plan says otherwise
 * @param categories           the criteria grouped by category, in the source's order
 * @param maturityGrids        the phase's maturity grids (possibly none)
 */
public record CatalogPhase(
        Phase phase,
        String name,
        LocalDate nationalDeadline,
        LocalDate territorialDeadline,
        int defaultTargetPercent,
        List<CatalogCategory> categories,
        List<MaturityGrid> maturityGrids) {

    public CatalogPhase {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nationalDeadline, "nationalDeadline");
        Objects.requireNonNull(territorialDeadline, "territorialDeadline");
        categories = List.copyOf(categories);
        maturityGrids = List.copyOf(maturityGrids);
    }

    /** All criteria of the phase, category by category, in the source's order. */
    public List<CatalogCriterion> criteria() {
        return categories.stream().flatMap(category -> category.criteria().stream()).toList();
    }

    /** All maturity cells of the phase, grid by grid. */
    public List<MaturityCell> maturityCells() {
        return maturityGrids.stream().flatMap(grid -> grid.cells().stream()).toList();
    }
}
