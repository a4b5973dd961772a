package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PhaseStatus;
import org.gelplan.compliance.criterion.CriterionHistory.StateAt;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.catalog.CatalogPhase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseComplianceCalculatorTest {

    private static final LocalDate DEADLINE = LocalDate.of(2009, 12, 1);
    private static final CatalogPhase INTERACCION = new CatalogPhase(Phase.INTERACCION, "Interacción",
            LocalDate.of(2008, 12, 1), DEADLINE, 90, List.of(), List.of());

    @Test
    void isMetWhenTheTargetWasReachedByTheDeadline() {
        PhaseCompliance phase = judge(states(9, LocalDate.of(2009, 11, 20), 1, DEADLINE), LocalDate.of(2010, 1, 1));

        assertThat(phase.status()).isEqualTo(PhaseStatus.MET);
        assertThat(phase.reachedOn()).isEqualTo(LocalDate.of(2009, 11, 20));
        assertThat(phase.percent()).isEqualTo(90.0);
        assertThat(phase.overdue()).isEqualTo(1);
    }

    @Test
    void isMetLateWhenTheCompletingFulfilmentCameAfterTheDeadline() {
        List<StateAt> states = states(8, LocalDate.of(2009, 11, 20), 2, DEADLINE);
        states.set(8, fulfilled(LocalDate.of(2010, 2, 1)));

        assertThat(judge(states, LocalDate.of(2010, 3, 1)).status()).isEqualTo(PhaseStatus.MET_LATE);
    }

    @Test
    void isMissedWhenTheDeadlinePassedShortOfTheTarget() {
        assertThat(judge(states(3, LocalDate.of(2009, 9, 21), 7, DEADLINE), LocalDate.of(2009, 12, 2)).status())
                .isEqualTo(PhaseStatus.MISSED);
    }

    @Test
    void isOnTrackWhileThePendingCriteriaAreDueByTheDeadline() {
        assertThat(judge(states(3, LocalDate.of(2009, 9, 21), 7, DEADLINE), LocalDate.of(2009, 10, 1)).status())
                .isEqualTo(PhaseStatus.ON_TRACK);
    }

    @Test
    void isAtRiskWhenTooManyPendingCriteriaAreDueAfterTheDeadlineOrOverdue() {
        assertThat(judge(states(3, LocalDate.of(2009, 9, 21), 7, LocalDate.of(2010, 6, 30)), LocalDate.of(2009, 10, 1))
                .status()).isEqualTo(PhaseStatus.AT_RISK);
        assertThat(judge(states(3, LocalDate.of(2009, 9, 21), 7, LocalDate.of(2009, 9, 30)), LocalDate.of(2009, 10, 1))
                .status()).isEqualTo(PhaseStatus.AT_RISK);
    }

    @Test
    void leavesNotApplicableCriteriaOutOfThePercentage() {
        List<StateAt> states = states(9, LocalDate.of(2009, 9, 21), 1, DEADLINE);
        states.set(9, new StateAt(CriterionStatus.NOT_APPLICABLE, DEADLINE, null, null, "no aplica"));

        PhaseCompliance phase = judge(states, LocalDate.of(2009, 10, 1));

        assertThat(phase.applicable()).isEqualTo(9);
        assertThat(phase.notApplicable()).isEqualTo(1);
        assertThat(phase.percent()).isEqualTo(100.0);
        assertThat(phase.status()).isEqualTo(PhaseStatus.MET);
    }

    private static PhaseCompliance judge(List<StateAt> states, LocalDate asOf) {
        return PhaseComplianceCalculator.judge(INTERACCION, 90, states, asOf);
    }

    private static StateAt fulfilled(LocalDate on) {
        return new StateAt(CriterionStatus.FULFILLED, DEADLINE, on, null, null);
    }

    private static List<StateAt> states(int fulfilled, LocalDate fulfilledOn, int pending, LocalDate target) {
        List<StateAt> states = new ArrayList<>();
        for (int i = 0; i < fulfilled + pending; i++) {
            states.add(i < fulfilled ? fulfilled(fulfilledOn) : new StateAt(CriterionStatus.PENDING, target, null, null, null));
        }
        return states;
    }
}
