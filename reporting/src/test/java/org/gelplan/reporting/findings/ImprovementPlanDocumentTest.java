package org.gelplan.reporting.findings;

import org.gelplan.reporting.api.CloseImprovementAction;
import org.gelplan.reporting.api.FindImprovementPlan;
import org.gelplan.reporting.api.FindingKind;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.api.ImprovementActionView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImprovementPlanDocumentTest {

    private final ImprovementPlanDocument plan = ImprovementPlanDocument.empty("86001")
            .withFinding(new ImprovementPlanDocument.StoredFinding("86001-H001", FindingKind.FINDING,
                    FindingSubjectKind.PLAN, "86001-2009", "Sin plan de mejoramiento", LocalDate.of(2012, 1, 10),
                    "control", List.of()))
            .withAction("86001-H001", new ImprovementPlanDocument.StoredAction("86001-H001-A01", "Formular el plan",
                    "Planeación", LocalDate.of(2012, 1, 10), LocalDate.of(2012, 3, 31), null, null));

    private static ImprovementActionView action(FindImprovementPlan.Answer answer) {
        return answer.findings().get(0).actions().get(0);
    }

    @Test
    void anOpenActionIsOverdueFromTheDayAfterItsDueDate() {
        assertThat(action(plan.on(LocalDate.of(2012, 3, 31))).overdue()).isFalse();
        FindImprovementPlan.Answer late = plan.on(LocalDate.of(2012, 4, 1));
        assertThat(action(late).overdue()).isTrue();
        assertThat(late.overdueActions()).isEqualTo(1);
        assertThat(late.findings().get(0).open()).isTrue();
    }

    @Test
    void aClosedActionIsNoLongerOverdueFromItsClosureOn() {
        ImprovementPlanDocument closed = plan.closed("86001-H001-A01", LocalDate.of(2012, 5, 2),
                new CloseImprovementAction.ClosureEvidence("Plan aprobado", null));
        assertThat(action(closed.on(LocalDate.of(2012, 4, 15))).overdue()).isTrue();
        FindImprovementPlan.Answer after = closed.on(LocalDate.of(2012, 5, 2));
        assertThat(action(after).status()).isEqualTo("CLOSED");
        assertThat(action(after).overdue()).isFalse();
        assertThat(after.findings().get(0).open()).isFalse();
        assertThat(after.openActions()).isZero();
    }

    @Test
    void showsNothingRecordedAfterTheDayAskedAbout() {
        assertThat(plan.on(LocalDate.of(2012, 1, 9)).findings()).isEmpty();
    }
}
