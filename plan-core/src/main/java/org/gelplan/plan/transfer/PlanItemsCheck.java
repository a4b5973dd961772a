package org.gelplan.plan.transfer;

import org.gelplan.core.DomainRuleViolation;
import org.gelplan.plan.action.ActionRules;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.indicator.IndicatorDefinitionRules;
import org.gelplan.plan.project.ProjectRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Runs the Plan aggregate's own rules over a file's items, in the order they would be sent, against
 * an empty plan adopted on a day: every broken rule is reported (one per row), nothing is recorded.
 * Rows that break a rule are left out of what later rows may refer to, as the plan would leave them out.
 */
final class PlanItemsCheck {

    private PlanItemsCheck() {
    }

    /** @param rowOf the row number of an entry's 0-based position in its list */
    static List<PlanFileProblem> check(PlanId planId, LocalDate adoptedOn, PlanItems items, IntUnaryOperator rowOf) {
        List<PlanFileProblem> problems = new ArrayList<>();
        Set<String> projects = new HashSet<>();
        Set<String> actions = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (int i = 0; i < items.projects().size(); i++) {
            var command = items.projects().get(i).toCommand(planId);
            if (passes(problems, "projects", rowOf.applyAsInt(i), () -> ProjectRules.register(command, projects))) {
                projects.add(command.projectId().value());
            }
        }
        for (int i = 0; i < items.actions().size(); i++) {
            var command = items.actions().get(i).toCommand(planId);
            if (passes(problems, "actions", rowOf.applyAsInt(i), () -> ActionRules.register(command, actions))) {
                actions.add(command.actionId().value());
            }
        }
        for (int i = 0; i < items.indicators().size(); i++) {
            var command = items.indicators().get(i).toCommand(planId);
            if (passes(problems, "indicators", rowOf.applyAsInt(i),
                    () -> IndicatorDefinitionRules.define(command, projects, actions, indicators, adoptedOn))) {
                indicators.add(command.indicatorId().value());
            }
        }
        return problems;
    }

    private static boolean passes(List<PlanFileProblem> problems, String sheet, int row, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (DomainRuleViolation violation) {
            problems.add(new PlanFileProblem(sheet, row, "", "problem." + violation.messageKey() + ".detail",
                    Arrays.stream(violation.arguments()).map(String::valueOf).toList()));
            return false;
        }
    }
}
