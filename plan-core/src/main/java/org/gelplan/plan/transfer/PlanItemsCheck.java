package org.gelplan.plan.transfer;

import org.gelplan.core.DomainRuleViolation;
import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.action.ActionRules;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.indicator.IndicatorDefinitionRules;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;
import org.gelplan.plan.project.ProjectRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the Plan aggregate's own rules over a file's items, in the order they would be sent, against
 * an empty plan adopted on a day: every broken rule is reported (one per row), nothing is recorded.
 * Rows that break a rule are left out of what later rows may refer to, as the plan would leave them out.
 */
final class PlanItemsCheck {

    /** An entry of a file with the JSON pointer it was read from. */
    record Located<T>(String pointer, T entry) {
    }

    private PlanItemsCheck() {
    }

    static List<PlanFileProblem> check(PlanId planId, LocalDate adoptedOn, List<Located<ProjectEntry>> projects,
                                       List<Located<ActionEntry>> actions, List<Located<IndicatorEntry>> indicators) {
        List<PlanFileProblem> problems = new ArrayList<>();
        Set<String> projectIds = new HashSet<>();
        Set<String> actionIds = new HashSet<>();
        Set<String> indicatorIds = new HashSet<>();
        for (Located<ProjectEntry> project : projects) {
            var command = project.entry().toCommand(planId);
            if (passes(problems, project.pointer(), () -> ProjectRules.register(command, projectIds))) {
                projectIds.add(command.projectId().value());
            }
        }
        for (Located<ActionEntry> action : actions) {
            var command = action.entry().toCommand(planId);
            if (passes(problems, action.pointer(), () -> ActionRules.register(command, actionIds))) {
                actionIds.add(command.actionId().value());
            }
        }
        for (Located<IndicatorEntry> indicator : indicators) {
            var command = indicator.entry().toCommand(planId);
            if (passes(problems, indicator.pointer(),
                    () -> IndicatorDefinitionRules.define(command, projectIds, actionIds, indicatorIds, adoptedOn))) {
                indicatorIds.add(command.indicatorId().value());
            }
        }
        return problems;
    }

    private static boolean passes(List<PlanFileProblem> problems, String pointer, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (DomainRuleViolation violation) {
            problems.add(PlanFileProblem.of(pointer, violation));
            return false;
        }
    }
}
