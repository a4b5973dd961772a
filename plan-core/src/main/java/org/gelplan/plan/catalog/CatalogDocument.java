package org.gelplan.plan.catalog;

import java.util.List;

/**
 * The catalog file exactly as written, before validation: everything is optional and textual here
 * so that {@link CatalogValidator} can name each broken entry instead of failing on the first one.
 */
record CatalogDocument(
        String version, String title, String source, String inForceSince, List<Decision> decisions,
        List<PhaseEntry> phases) {

    record Decision(String id, String topic, String decision) {}

    record PhaseEntry(
            String phase,
            String name,
            String nationalDeadline,
            String territorialDeadline,
            Integer defaultTargetPercent,
            List<CategoryEntry> categories,
            List<GridEntry> maturityGrids) {}

    record CategoryEntry(String code, String name, List<CriterionEntry> criteria) {}

    record CriterionEntry(String code, String name) {}

    record GridEntry(String code, String name, List<CellEntry> cells) {}

    record CellEntry(String code, String name) {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
