package org.gelplan.reporting.rollup;

import org.gelplan.compliance.api.PhaseStatus;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.TerritorialEntity;
import org.gelplan.plan.catalog.CatalogPhase;
import org.gelplan.reporting.api.RollupPhase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollup stores dates, and judges a phase for the day it is asked about, with compliance's rule. */
class RollupJudgeTest {

    private static final LocalDate DEADLINE = LocalDate.of(2009, 12, 1);
    private static final CatalogPhase INTERACCION = new CatalogPhase(Phase.INTERACCION, "Interacción",
            LocalDate.of(2008, 12, 1), DEADLINE, 90, List.of(), List.of());

    @Test
    void thePendingCriteriaDueBeforeTheDeadlineKeepAPhaseOnTrackUntilTheirTargetDatesPass() {
        RollupEntityDocument entity = entity(criteria(8, 2, LocalDate.of(2009, 11, 1)));

        assertThat(judge(entity, LocalDate.of(2009, 10, 1)).status()).isEqualTo(PhaseStatus.ON_TRACK);
        assertThat(judge(entity, LocalDate.of(2009, 11, 2)).status()).isEqualTo(PhaseStatus.AT_RISK);
        assertThat(judge(entity, LocalDate.of(2009, 11, 2)).overdue()).isEqualTo(2);
        assertThat(judge(entity, LocalDate.of(2009, 12, 2)).status()).isEqualTo(PhaseStatus.MISSED);
    }

    @Test
    void aPhaseIsMetOnTheDayItsTargetWasReachedAndMetLateAfterTheDeadline() {
        Map<String, RollupCriterion> criteria = criteria(9, 1, DEADLINE);
        RollupPhase met = judge(entity(criteria), LocalDate.of(2010, 1, 1));
        assertThat(met.status()).isEqualTo(PhaseStatus.MET);
        assertThat(met.percent()).isEqualTo(90.0);
        assertThat(met.reachedOn()).isEqualTo(LocalDate.of(2009, 10, 9));

        criteria.put("C8", criteria.get("C8").pending().fulfilled(LocalDate.of(2010, 2, 1)));
        assertThat(judge(entity(criteria), LocalDate.of(2010, 3, 1)).status()).isEqualTo(PhaseStatus.MET_LATE);
    }

    @Test
    void notApplicableCriteriaLeaveThePercentage() {
        Map<String, RollupCriterion> criteria = criteria(4, 1, DEADLINE);
        criteria.put("C4", criteria.get("C4").notApplicable());

        RollupPhase phase = judge(entity(criteria), LocalDate.of(2009, 10, 15));
        assertThat(phase.applicable()).isEqualTo(4);
        assertThat(phase.percent()).isEqualTo(100.0);
        assertThat(phase.status()).isEqualTo(PhaseStatus.MET);
    }

    private static RollupPhase judge(RollupEntityDocument entity, LocalDate asOf) {
        return RollupJudge.phase(entity, INTERACCION, asOf);
    }

    /** {@code fulfilled} criteria fulfilled on 1, 2, ... October 2009, then {@code pending} due on {@code target}. */
    private static Map<String, RollupCriterion> criteria(int fulfilled, int pending, LocalDate target) {
        Map<String, RollupCriterion> criteria = new HashMap<>();
        for (int i = 0; i < fulfilled + pending; i++) {
            RollupCriterion criterion = new RollupCriterion(Phase.INTERACCION, RollupCriterion.PENDING, null, target);
            criteria.put("C" + i, i < fulfilled ? criterion.fulfilled(LocalDate.of(2009, 10, i + 1)) : criterion);
        }
        return criteria;
    }

    private static RollupEntityDocument entity(Map<String, RollupCriterion> criteria) {
        return RollupEntityDocument.adopted(new TerritorialEntity("86901", "Sintético", "Putumayo", "86"), "86901-2009",
                LocalDate.of(2009, 9, 1), true).opened("GEL-2008", Map.of(Phase.INTERACCION, 90), criteria);
    }
}
