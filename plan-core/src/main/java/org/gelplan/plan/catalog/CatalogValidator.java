package org.gelplan.plan.catalog;

import static org.gelplan.plan.catalog.CatalogDocument.orEmpty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.CatalogDocument.PhaseEntry;

/**
 * Checks a whole {@link CatalogDocument} and reports every broken rule, each prefixed with the
 * entry it concerns (phase, category or grid, code), so that one run shows all that must be fixed.
 */
final class CatalogValidator {

    private final List<String> problems = new ArrayList<>();
    private final PhaseContentValidator content = new PhaseContentValidator(problems);
    private final Map<Phase, Integer> occurrences = new EnumMap<>(Phase.class);
    private final Map<Phase, LocalDate> territorialDeadlines = new EnumMap<>(Phase.class);

    private CatalogValidator() {}

    static List<String> problemsOf(CatalogDocument document) {
        CatalogValidator validator = new CatalogValidator();
        validator.checkCatalog(document);
        return List.copyOf(validator.problems);
    }

    private void checkCatalog(CatalogDocument document) {
        requireText("catalog", "version", document.version());
        requireText("catalog", "title", document.title());
        requireText("catalog", "source", document.source());
        date("catalog", "inForceSince", document.inForceSince());
        orEmpty(document.decisions()).forEach(decision -> {
            String where = "decision " + decision.id();
            requireText(where, "id", decision.id());
            requireText(where, "topic", decision.topic());
            requireText(where, "decision", decision.decision());
        });
        List<PhaseEntry> phases = orEmpty(document.phases());
        for (int index = 0; index < phases.size(); index++) {
            checkPhase(phases.get(index), index);
        }
        for (Phase phase : Phase.values()) {
            int count = occurrences.getOrDefault(phase, 0);
            if (count != 1) {
                problems.add("phase " + phase + ": must appear exactly once, appears " + count + " times");
            }
        }
        checkTerritorialDeadlinesAscend();
    }

    private void checkPhase(PhaseEntry entry, int index) {
        Optional<Phase> phase = Arrays.stream(Phase.values()).filter(p -> p.name().equals(entry.phase())).findFirst();
        if (phase.isEmpty()) {
            problems.add("phases[" + index + "]: unknown phase '" + entry.phase() + "', expected one of "
                    + Arrays.toString(Phase.values()));
            return;
        }
        occurrences.merge(phase.get(), 1, Integer::sum);
        String where = "phase " + phase.get();
        requireText(where, "name", entry.name());
        date(where, "nationalDeadline", entry.nationalDeadline());
        date(where, "territorialDeadline", entry.territorialDeadline())
                .ifPresent(deadline -> territorialDeadlines.putIfAbsent(phase.get(), deadline));
        Integer target = entry.defaultTargetPercent();
        if (target == null || target < 0 || target > 100) {
            problems.add(where + ": defaultTargetPercent " + target + " must be a whole number from 0 to 100");
        }
        content.check(entry, phase.get(), where);
    }

    private Optional<LocalDate> date(String where, String field, String text) {
        try {
            return Optional.of(LocalDate.parse(String.valueOf(text)));
        } catch (DateTimeParseException e) {
            problems.add(where + ": " + field + " '" + text + "' is not a date (YYYY-MM-DD)");
            return Optional.empty();
        }
    }

    private void checkTerritorialDeadlinesAscend() {
        Phase previous = null;
        for (Phase phase : Phase.values()) {
            LocalDate deadline = territorialDeadlines.get(phase);
            if (deadline == null) {
                continue;
            }
            if (previous != null && !deadline.isAfter(territorialDeadlines.get(previous))) {
                problems.add("phase " + phase + ": territorialDeadline " + deadline + " must come after that of phase "
                        + previous + " (" + territorialDeadlines.get(previous) + ")");
            }
            previous = phase;
        }
    }

    static void requireText(List<String> problems, String where, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": " + field + " is blank");
        }
    }

    private void requireText(String where, String field, String value) {
        requireText(problems, where, field, value);
    }
}
