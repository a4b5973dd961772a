package org.gelplan.plan.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gelplan.plan.api.Phase;

/**
 * A versioned GEL criteria catalog (e.g. {@code GEL-2008}): the five phases with their deadlines,
 * categories, criteria and maturity grids, plus the decisions its authors took reading the source.
 * Instances come from {@link CatalogLoader}, which guarantees codes are unique and all phases present.
 *
 * @param version   the version id plans refer to, e.g. {@code GEL-2008}
 * @param title     human title
 * @param source    the legal or technical source it transcribes
 * @param inForceSince the day its source took effect: no fact measured against it can be older
 * @param phases    the five phases, in {@link Phase} order
 * @param decisions how ambiguities of the source were settled
 */
public record Catalog(
        String version, String title, String source, LocalDate inForceSince, List<CatalogPhase> phases,
        List<CatalogDecision> decisions) {

    public Catalog {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(inForceSince, "inForceSince");
        phases = List.copyOf(phases);
        decisions = List.copyOf(decisions);
    }

    /** The catalog's phase entry for {@code phase}. */
    public CatalogPhase phase(Phase phase) {
        return phases.stream()
                .filter(candidate -> candidate.phase() == phase)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Catalog " + version + " lacks phase " + phase));
    }

    /** Every criterion of the catalog, phase by phase and category by category. */
    public List<CatalogCriterion> criteria() {
        return phases.stream().flatMap(phase -> phase.criteria().stream()).toList();
    }

    /** The criteria of one phase, in order. */
    public List<CatalogCriterion> criteriaOf(Phase phase) {
        return phase(phase).criteria();
    }

    /** The criterion with this code, if the catalog has one. */
    public Optional<CatalogCriterion> criterion(String code) {
        return criteria().stream().filter(criterion -> criterion.code().equals(code)).findFirst();
    }

    /** The category with this code, if the catalog has one. */
    public Optional<CatalogCategory> category(String code) {
        return phases.stream()
                .flatMap(phase -> phase.categories().stream())
                .filter(category -> category.code().equals(code))
                .findFirst();
    }

    /** The maturity cell with this code, if the catalog has one. */
    public Optional<MaturityCell> maturityCell(String code) {
        return phases.stream()
                .flatMap(phase -> phase.maturityCells().stream())
                .filter(cell -> cell.code().equals(code))
                .findFirst();
    }
}
