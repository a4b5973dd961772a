package org.gelplan.reporting.findings;

import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingProblem;
import org.gelplan.reporting.api.FindingRecorded;
import org.gelplan.reporting.api.ImprovementActionClosed;
import org.gelplan.reporting.api.ImprovementActionOpened;
import org.gelplan.reporting.api.OpenImprovementAction;
import org.gelplan.reporting.api.RecordFinding;

import java.time.LocalDate;

/**
 * The plan de mejoramiento's rules: facts (recorded, opened, closed) are not dated in the future; only
 * a finding (not an observation) opens improvement actions, not before it was recorded and due no
 * earlier than opened; an action is closed once, not before it was opened, with evidence.
 */
final class FindingRules {

    private FindingRules() {
    }

    static FindingRecorded record(RecordFinding command, int number, LocalDate today) {
        notInFuture(command.recordedOn(), today);
        String findingId = String.format("%s-H%03d", command.planId().entityCode(), number);
        return new FindingRecorded(command.planId(), findingId, command.kind(), command.subjectKind(),
                command.subjectId(), command.text(), command.recordedOn());
    }

    static ImprovementActionOpened open(OpenImprovementAction command, ImprovementPlan.FindingState finding,
                                       LocalDate today) {
        if (finding == null) {
            throw new FindingProblem(Kind.NOT_FOUND, "finding.not-found", command.findingId());
        }
        if (finding.kind() != FindingKind.FINDING) {
            throw new FindingProblem(Kind.UNPROCESSABLE, "finding.observation-opens-no-actions", command.findingId());
        }
        notInFuture(command.openedOn(), today);
        if (command.openedOn().isBefore(finding.recordedOn())) {
            throw new FindingProblem(Kind.UNPROCESSABLE, "finding.date-before", command.openedOn().toString(),
                    finding.recordedOn().toString());
        }
        if (command.dueDate().isBefore(command.openedOn())) {
            throw new FindingProblem(Kind.UNPROCESSABLE, "finding.date-before", command.dueDate().toString(),
                    command.openedOn().toString());
        }
        String actionId = String.format("%s-A%02d", command.findingId(), finding.actions() + 1);
        return new ImprovementActionOpened(command.planId(), command.findingId(), actionId, command.description(),
                command.responsible(), command.openedOn(), command.dueDate());
    }

    static ImprovementActionClosed close(CloseImprovementAction command, ImprovementPlan.ActionState action,
                                         LocalDate today) {
        if (action == null) {
            throw new FindingProblem(Kind.NOT_FOUND, "finding.action-not-found", command.actionId());
        }
        if (action.closed()) {
            throw new FindingProblem(Kind.CONFLICT, "finding.action-already-closed", command.actionId());
        }
        notInFuture(command.closedOn(), today);
        if (command.closedOn().isBefore(action.openedOn())) {
            throw new FindingProblem(Kind.UNPROCESSABLE, "finding.date-before", command.closedOn().toString(),
                    action.openedOn().toString());
        }
        return new ImprovementActionClosed(command.planId(), command.actionId(), command.closedOn(), command.evidence());
    }

    private static void notInFuture(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new FindingProblem(Kind.UNPROCESSABLE, "finding.date-in-future", day.toString(), today.toString());
        }
    }
}
