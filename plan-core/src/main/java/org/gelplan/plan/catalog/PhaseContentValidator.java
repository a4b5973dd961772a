package org.gelplan.plan.catalog;

import static org.gelplan.plan.catalog.CatalogDocument.orEmpty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.CatalogDocument.CategoryEntry;
import org.gelplan.plan.catalog.CatalogDocument.GridEntry;
import org.gelplan.plan.catalog.CatalogDocument.PhaseEntry;

/**
 * Checks the categories, criteria and maturity grids of each phase: codes present, prefixed by
 * their phase and parent, unique across the whole catalog, names not blank. Criteria, categories,
 * grids and cells share one code namespace, so that a plan can refer to any of them by code alone.
 */
final class PhaseContentValidator {

    private static final Pattern ORDINAL = Pattern.compile("\\d{2}");
    private static final Pattern LEVEL = Pattern.compile("[A-Z0-9]+");

    private final List<String> problems;
    private final Map<String, String> codeOwners = new HashMap<>();

    PhaseContentValidator(List<String> problems) {
        this.problems = problems;
    }

    void check(PhaseEntry entry, Phase phase, String where) {
        String prefix = phase.codePrefix() + "-";
        if (orEmpty(entry.categories()).isEmpty()) {
            problems.add(where + ": has no categories");
        }
        orEmpty(entry.categories()).forEach(category -> checkCategory(category, where, prefix));
        orEmpty(entry.maturityGrids()).forEach(grid -> checkGrid(grid, where, prefix));
    }

    private void checkCategory(CategoryEntry category, String phaseWhere, String prefix) {
        String where = phaseWhere + ", category " + category.code();
        if (hasPhasePrefix(where, category.code(), prefix)) {
            claim(where, category.code());
        }
        CatalogValidator.requireText(problems, where, "name", category.name());
        if (orEmpty(category.criteria()).isEmpty()) {
            problems.add(where + ": has no criteria (a category heads a group of criteria)");
        }
        orEmpty(category.criteria()).forEach(criterion -> {
            String criterionWhere = where + ", criterion " + criterion.code();
            if (hasPhasePrefix(criterionWhere, criterion.code(), prefix)) {
                if (!isChildCode(criterion.code(), category.code(), ORDINAL)) {
                    problems.add(criterionWhere + ": code must be its category code " + category.code()
                            + " followed by a two-digit ordinal, e.g. " + category.code() + "-01");
                }
                claim(criterionWhere, criterion.code());
            }
            CatalogValidator.requireText(problems, criterionWhere, "name", criterion.name());
        });
    }

    private void checkGrid(GridEntry grid, String phaseWhere, String prefix) {
        String where = phaseWhere + ", maturity grid " + grid.code();
        if (hasPhasePrefix(where, grid.code(), prefix)) {
            claim(where, grid.code());
        }
        CatalogValidator.requireText(problems, where, "name", grid.name());
        if (orEmpty(grid.cells()).isEmpty()) {
            problems.add(where + ": has no cells");
        }
        orEmpty(grid.cells()).forEach(cell -> {
            String cellWhere = where + ", cell " + cell.code();
            if (hasPhasePrefix(cellWhere, cell.code(), prefix)) {
                if (!isChildCode(cell.code(), grid.code(), LEVEL)) {
                    problems.add(cellWhere + ": code must be its grid code " + grid.code()
                            + " followed by a level, e.g. " + grid.code() + "-BM");
                }
                claim(cellWhere, cell.code());
            }
            CatalogValidator.requireText(problems, cellWhere, "name", cell.name());
        });
    }

    /** Checks a code is present and carries its phase's prefix; true when further checks make sense. */
    private boolean hasPhasePrefix(String where, String code, String prefix) {
        if (code == null || code.isBlank()) {
            problems.add(where + ": code is blank");
            return false;
        }
        if (!code.startsWith(prefix)) {
            problems.add(where + ": code prefix does not match its phase, expected " + prefix + "…");
            return false;
        }
        return true;
    }

    private static boolean isChildCode(String code, String parentCode, Pattern suffix) {
        String parentPrefix = parentCode + "-";
        return code.startsWith(parentPrefix) && suffix.matcher(code.substring(parentPrefix.length())).matches();
    }

    private void claim(String where, String code) {
        String owner = codeOwners.putIfAbsent(code, where);
        if (owner != null) {
            problems.add(where + ": duplicate code " + code + ", already used by " + owner);
        }
    }
}
