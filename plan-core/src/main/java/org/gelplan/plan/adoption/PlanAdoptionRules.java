package org.gelplan.plan.adoption;

import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.Answer;
import org.gelplan.plan.api.DiagnosisAnswer;
import org.gelplan.plan.api.InvalidPlan;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.catalog.Catalog;
import org.gelplan.plan.catalog.CatalogCriterion;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The rules a plan must meet to be adopted, checked against the catalog it names. */
public final class PlanAdoptionRules {

    private PlanAdoptionRules() {
    }

    public static PlanAdopted adopt(AdoptPlan command, Catalog catalog, LocalDate today) {
        PlanId expectedId = PlanId.of(command.entity().daneCode(), command.resolution().date().getYear());
        if (!expectedId.equals(command.planId())) {
            throw new InvalidPlan("plan.id-mismatch", command.planId().value(), expectedId.value());
        }
        notInFuture("resolution.date", command.resolution().date(), today);
        notInFuture("diagnosis.date", command.diagnosis().date(), today);
        checkCriteria(command.diagnosis().criteria(), catalog);
        checkNotes(command.diagnosis().categoryNotes(), code -> catalog.category(code).isPresent(), "plan.diagnosis.unknown-category");
        checkNotes(command.diagnosis().maturity(), code -> catalog.maturityCell(code).isPresent(), "plan.diagnosis.unknown-maturity-cell");
        return new PlanAdopted(command.planId(), command.entity(), command.resolution(), catalog.version(),
                command.diagnosis(), listOrEmpty(command.preliminaryCommitments()), command.vision(),
                command.generalObjective(), listOrEmpty(command.specificObjectives()),
                listOrEmpty(command.actionLines()), targets(command.phaseTargets(), catalog));
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidPlan("plan.date-in-future", field, date.toString());
        }
    }

    private static void checkCriteria(List<DiagnosisAnswer> answers, Catalog catalog) {
        Set<String> seen = new HashSet<>();
        for (DiagnosisAnswer answer : answers) {
            if (catalog.criterion(answer.code()).isEmpty()) {
                throw new InvalidPlan("plan.diagnosis.unknown-criterion", answer.code(), catalog.version());
            }
            if (!seen.add(answer.code())) {
                throw new InvalidPlan("plan.diagnosis.duplicate-criterion", answer.code());
            }
            if (answer.answer() == Answer.NO && answer.targetDate() == null) {
                throw new InvalidPlan("plan.diagnosis.target-date-required", answer.code());
            }
        }
        List<String> missing = catalog.criteria().stream().map(CatalogCriterion::code).filter(c -> !seen.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidPlan("plan.diagnosis.missing-criteria", String.valueOf(missing.size()), String.join(", ", missing));
        }
    }

    private static void checkNotes(List<DiagnosisAnswer> notes, Predicate<String> known, String messageKey) {
        Set<String> seen = new HashSet<>();
        for (DiagnosisAnswer note : notes) {
            if (!known.test(note.code()) || !seen.add(note.code())) {
                throw new InvalidPlan(messageKey, note.code());
            }
        }
    }

    private static Map<Phase, Integer> targets(Map<Phase, Integer> requested, Catalog catalog) {
        Map<Phase, Integer> targets = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            Integer target = requested == null ? null : requested.get(phase);
            int value = target == null ? catalog.phase(phase).defaultTargetPercent() : target;
            if (value < 0 || value > 100) {
                throw new InvalidPlan("plan.target-out-of-range", phase.name(), String.valueOf(value));
            }
            targets.put(phase, value);
        }
        return targets;
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
