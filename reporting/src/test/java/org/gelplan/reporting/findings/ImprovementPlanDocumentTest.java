package org.gelplan.reporting.findings;

import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.reporting.api.ImprovementActionView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImprovementPlanDocumentTest {

    private static final Instant STORED = Instant.parse("2012-01-10T15:00:00Z");
    /** The end of 2012-Q1 in Colombia. */
    private static final Instant QUARTER_END = Instant.parse("2012-04-01T05:00:00Z");

    private final ImprovementPlanDocument plan = ImprovementPlanDocument.empty("86001")
            .withFinding(new ImprovementPlanDocument.StoredFinding("86001-H001", FindingKind.FINDING,
                    FindingSubjectKind.PLAN, "86001-2009", "Sin plan de mejoramiento", LocalDate.of(2012, 1, 10),
                    "control", List.of(), STORED))
            .withAction("86001-H001", new ImprovementPlanDocument.StoredAction("86001-H001-A01", "Formular el plan",
                    "Planeación", LocalDate.of(2012, 1, 10), LocalDate.of(2012, 3, 31), null, null, STORED, null));

    private static ImprovementActionView action(FindImprovementPlan.Answer answer) {
        return answer.findings().get(0).actions().get(0);
    }

    @Test
    void anOpenActionIsOverdueFromTheDayAfterItsDueDate() {
        assertThat(action(plan.on(LocalDate.of(2012, 3, 31), null)).overdue()).isFalse();
        FindImprovementPlan.Answer late = plan.on(LocalDate.of(2012, 4, 1), null);
        assertThat(action(late).overdue()).isTrue();
        assertThat(late.overdueActions()).isEqualTo(1);
        assertThat(late.findings().get(0).open()).isTrue();
    }

    @Test
    void aClosedActionIsNoLongerOverdueFromItsClosureOn() {
        ImprovementPlanDocument closed = plan.closed("86001-H001-A01", LocalDate.of(2012, 5, 2),
                new CloseImprovementAction.ClosureEvidence("Plan aprobado", null), Instant.parse("2012-05-02T15:00:00Z"));
        assertThat(action(closed.on(LocalDate.of(2012, 4, 15), null)).overdue()).isTrue();
        FindImprovementPlan.Answer after = closed.on(LocalDate.of(2012, 5, 2), null);
        assertThat(action(after).status()).isEqualTo("CLOSED");
        assertThat(action(after).overdue()).isFalse();
        assertThat(after.findings().get(0).open()).isFalse();
        assertThat(after.openActions()).isZero();
    }

    @Test
    void showsNothingRecordedAfterTheDayAskedAbout() {
        assertThat(plan.on(LocalDate.of(2012, 1, 9), null).findings()).isEmpty();
    }

    @Test
    void factsStoredAfterTheInstantAskedAboutDoNotCountEvenWhenDatedBefore() {
        ImprovementPlanDocument backdated = plan
                .closed("86001-H001-A01", LocalDate.of(2012, 3, 20), new CloseImprovementAction.ClosureEvidence("Acta", "EV-9"),
                        Instant.parse("2012-04-03T15:00:00Z"))
                .withFinding(new ImprovementPlanDocument.StoredFinding("86001-H002", FindingKind.OBSERVATION,
                        FindingSubjectKind.PLAN, "86001-2009", "Tardía", LocalDate.of(2012, 3, 30), "control", List.of(),
                        Instant.parse("2012-04-02T15:00:00Z")));

        FindImprovementPlan.Answer atQuarterEnd = backdated.on(LocalDate.of(2012, 3, 31), QUARTER_END);
        assertThat(atQuarterEnd.findings()).extracting(FindingView::findingId).containsExactly("86001-H001");
        assertThat(action(atQuarterEnd).status()).isEqualTo("OPEN");
        assertThat(action(backdated.on(LocalDate.of(2012, 3, 31), null)).status()).isEqualTo("CLOSED");
    }
}
