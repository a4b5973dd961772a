package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PhaseStatus;
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
        List<CriterionStateDocument> states = states(9, LocalDate.of(2009, 11, 20), 1, DEADLINE);

        PhaseCompliance phase = judge(states, LocalDate.of(2010, 1, 1));

        assertThat(phase.status()).isEqualTo(PhaseStatus.MET);
        assertThat(phase.reachedOn()).isEqualTo(LocalDate.of(2009, 11, 20));
        assertThat(phase.percent()).isEqualTo(90.0);
        assertThat(phase.overdue()).isEqualTo(1);
    }

    @Test
    void isMetLateWhenTheCompletingFulfilmentCameAfterTheDeadline() {
        List<CriterionStateDocument> states = states(8, LocalDate.of(2009, 11, 20), 2, DEADLINE);
        states.set(8, states.get(8).fulfilled(LocalDate.of(2010, 2, 1), null));

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
        List<CriterionStateDocument> states = states(3, LocalDate.of(2009, 9, 21), 7, LocalDate.of(2010, 6, 30));

        assertThat(judge(states, LocalDate.of(2009, 10, 1)).status()).isEqualTo(PhaseStatus.AT_RISK);
    }

    @Test
    void leavesNotApplicableCriteriaOutOfThePercentage() {
        List<CriterionStateDocument> states = states(9, LocalDate.of(2009, 9, 21), 1, DEADLINE);
        CriterionStateDocument last = states.get(9);
        states.set(9, new CriterionStateDocument(last.id(), last.planId(), last.code(), last.name(), last.phase(),
                last.categoryCode(), last.categoryName(), CriterionStatus.NOT_APPLICABLE, null, null, null, "no aplica"));

        PhaseCompliance phase = judge(states, LocalDate.of(2009, 10, 1));

        assertThat(phase.applicable()).isEqualTo(9);
        assertThat(phase.percent()).isEqualTo(100.0);
        assertThat(phase.status()).isEqualTo(PhaseStatus.MET);
    }

    @Test
    void ignoresFulfilmentsDatedAfterTheDayAskedAbout() {
        List<CriterionStateDocument> states = states(9, LocalDate.of(2009, 11, 20), 1, DEADLINE);

        PhaseCompliance before = judge(states, LocalDate.of(2009, 11, 1));

        assertThat(before.fulfilled()).isZero();
        assertThat(before.status()).isEqualTo(PhaseStatus.ON_TRACK);
    }

    private static PhaseCompliance judge(List<CriterionStateDocument> states, LocalDate asOf) {
        return PhaseComplianceCalculator.judge(INTERACCION, 90, states, asOf);
    }

    private static List<CriterionStateDocument> states(int fulfilled, LocalDate fulfilledOn, int pending, LocalDate target) {
        List<CriterionStateDocument> states = new ArrayList<>();
        for (int i = 0; i < fulfilled + pending; i++) {
            String code = String.format("INT-TEST-%02d", i + 1);
            CriterionStateDocument state = new CriterionStateDocument(CriterionStateDocument.idOf("86001-2009", code),
                    "86001-2009", code, "Criterio " + i, Phase.INTERACCION, "INT-TEST", "Prueba",
                    CriterionStatus.PENDING, target, null, null, null);
            states.add(i < fulfilled ? state.fulfilled(fulfilledOn, null) : state);
        }
        return states;
    }
}
