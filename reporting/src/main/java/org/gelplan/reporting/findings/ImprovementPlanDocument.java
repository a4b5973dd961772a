package org.gelplan.reporting.findings;

import org.gelplan.reporting.api.CloseImprovementAction.ClosureEvidence;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.reporting.api.ImprovementActionView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An entity's plan de mejoramiento as recorded, keyed by its DANE code; judged as of any day on
 * reading. Each change is keyed by the finding or action id, so re-delivered events change nothing.
 */
@Document("improvement_plans")
record ImprovementPlanDocument(@Id String entityCode, List<StoredFinding> findings) {

    /** @param storedAt when the event was stored (null in documents built before it was kept: always known) */
    record StoredFinding(String findingId, FindingKind kind, FindingSubjectKind subjectKind, String subjectId,
                         String text, LocalDate recordedOn, String recordedBy, List<StoredAction> actions,
                         Instant storedAt) {

        boolean known(LocalDate day, Instant knownAt) {
            return !recordedOn.isAfter(day) && Stored.by(storedAt, knownAt);
        }
    }

    /** @param openedAt and {@code closedAt}: when those events were stored (null: always known) */
    record StoredAction(String actionId, String description, String responsible, LocalDate openedOn, LocalDate dueDate,
                        LocalDate closedOn, ClosureEvidence evidence, Instant openedAt, Instant closedAt) {

        boolean known(LocalDate day, Instant knownAt) {
            return !openedOn.isAfter(day) && Stored.by(openedAt, knownAt);
        }

        boolean closedBy(LocalDate day, Instant knownAt) {
            return closedOn != null && !closedOn.isAfter(day) && Stored.by(closedAt, knownAt);
        }
    }

    private static final class Stored {

        private Stored() {
        }

        static boolean by(Instant storedAt, Instant knownAt) {
            return knownAt == null || storedAt == null || !storedAt.isAfter(knownAt);
        }
    }

    static ImprovementPlanDocument empty(String entityCode) {
        return new ImprovementPlanDocument(entityCode, List.of());
    }

    ImprovementPlanDocument withFinding(StoredFinding finding) {
        if (findings.stream().anyMatch(f -> f.findingId().equals(finding.findingId()))) {
            return this;
        }
        List<StoredFinding> changed = new ArrayList<>(findings);
        changed.add(finding);
        return new ImprovementPlanDocument(entityCode, changed);
    }

    ImprovementPlanDocument withAction(String findingId, StoredAction action) {
        return changeFinding(findingId, f -> f.actions().stream().anyMatch(a -> a.actionId().equals(action.actionId())) ? f
                : new StoredFinding(f.findingId(), f.kind(), f.subjectKind(), f.subjectId(), f.text(), f.recordedOn(),
                f.recordedBy(), append(f.actions(), action), f.storedAt()));
    }

    ImprovementPlanDocument closed(String actionId, LocalDate closedOn, ClosureEvidence evidence, Instant closedAt) {
        String findingId = actionId.substring(0, actionId.lastIndexOf("-A"));
        return changeFinding(findingId, f -> new StoredFinding(f.findingId(), f.kind(), f.subjectKind(), f.subjectId(),
                f.text(), f.recordedOn(), f.recordedBy(), f.actions().stream().map(a -> a.actionId().equals(actionId)
                ? new StoredAction(a.actionId(), a.description(), a.responsible(), a.openedOn(), a.dueDate(), closedOn, evidence,
                a.openedAt(), closedAt)
                : a).toList(), f.storedAt()));
    }

    FindImprovementPlan.Answer on(LocalDate day, Instant knownAt) {
        List<FindingView> views = findings.stream().filter(f -> f.known(day, knownAt)).map(f -> view(f, day, knownAt)).toList();
        int open = 0;
        int overdue = 0;
        for (FindingView finding : views) {
            for (ImprovementActionView action : finding.actions()) {
                open += action.status().equals("OPEN") ? 1 : 0;
                overdue += action.overdue() ? 1 : 0;
            }
        }
        return new FindImprovementPlan.Answer(entityCode, day, views, open, overdue);
    }

    Optional<FindingView> finding(String findingId, LocalDate day) {
        return findings.stream().filter(f -> f.findingId().equals(findingId)).findFirst().map(f -> view(f, day, null));
    }

    private static FindingView view(StoredFinding f, LocalDate day, Instant knownAt) {
        List<ImprovementActionView> actions = f.actions().stream().filter(a -> a.known(day, knownAt)).map(a -> {
            boolean closed = a.closedBy(day, knownAt);
            return new ImprovementActionView(a.actionId(), a.description(), a.responsible(), a.openedOn(), a.dueDate(),
                    closed ? "CLOSED" : "OPEN", closed ? a.closedOn() : null, closed ? a.evidence() : null,
                    !closed && a.dueDate().isBefore(day));
        }).toList();
        boolean open = f.kind() == FindingKind.FINDING
                && (actions.isEmpty() || actions.stream().anyMatch(a -> a.status().equals("OPEN")));
        return new FindingView(f.findingId(), f.kind(), f.subjectKind(), f.subjectId(), f.text(), f.recordedOn(),
                f.recordedBy(), actions, open);
    }

    private ImprovementPlanDocument changeFinding(String findingId, UnaryOperator<StoredFinding> change) {
        return new ImprovementPlanDocument(entityCode, findings.stream()
                .map(f -> f.findingId().equals(findingId) ? change.apply(f) : f).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> changed = new ArrayList<>(list);
        changed.add(item);
        return changed;
    }
}
