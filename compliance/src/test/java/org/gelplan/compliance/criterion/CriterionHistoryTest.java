package org.gelplan.compliance.criterion;

import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.FactType;
import org.gelplan.plan.api.Phase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A criterion's state on a day (effective time) as known at an instant (recording time). */
class CriterionHistoryTest {

    private static final Instant ADOPTED = Instant.parse("2009-09-21T15:00:00Z");
    private static final Instant RECORDED_LATE = Instant.parse("2009-11-02T15:00:00Z");
    private static final LocalDate TARGET = LocalDate.of(2009, 9, 30);

    private final CriterionRecord record = new CriterionRecord("86001-2009/INF-ACER-03", "86001-2009", "INF-ACER-03",
            "Objetivos y funciones", Phase.INFORMACION, "INF-ACER", "Acerca de la Entidad", List.of(
            fact("e1", FactType.DIAGNOSED_PENDING, LocalDate.of(2009, 9, 21), ADOPTED, TARGET),
            fact("e2", FactType.FULFILLED, LocalDate.of(2009, 10, 15), RECORDED_LATE, null),
            fact("e3", FactType.FULFILMENT_REVOKED, LocalDate.of(2009, 12, 1), Instant.parse("2009-12-01T15:00:00Z"), null),
            fact("e4", FactType.RESCHEDULED, LocalDate.of(2009, 12, 1), Instant.parse("2009-12-01T16:00:00Z"),
                    LocalDate.of(2010, 3, 31))));

    @Test
    void countsAFulfilmentFromItsEffectiveDateOnceItIsKnown() {
        assertThat(state(LocalDate.of(2009, 10, 14), Instant.parse("2010-01-01T00:00:00Z")).status())
                .isEqualTo(CriterionStatus.PENDING);
        assertThat(state(LocalDate.of(2009, 10, 20), Instant.parse("2010-01-01T00:00:00Z")).fulfilledOn())
                .isEqualTo(LocalDate.of(2009, 10, 15));
    }

    @Test
    void ignoresWhatHadNotBeenRecordedYet() {
        var state = state(LocalDate.of(2009, 10, 20), Instant.parse("2009-10-20T23:00:00Z"));

        assertThat(state.status()).isEqualTo(CriterionStatus.PENDING);
        assertThat(state.overdueOn(LocalDate.of(2009, 10, 20))).isTrue();
    }

    @Test
    void aRevocationMakesItPendingAgainAndARescheduleLiftsTheOverdue() {
        var revoked = state(LocalDate.of(2009, 12, 1), Instant.parse("2009-12-01T15:30:00Z"));
        var rescheduled = state(LocalDate.of(2009, 12, 2), Instant.parse("2010-01-01T00:00:00Z"));

        assertThat(revoked.status()).isEqualTo(CriterionStatus.REVOKED);
        assertThat(revoked.overdueOn(LocalDate.of(2009, 12, 1))).isTrue();
        assertThat(rescheduled.status()).isEqualTo(CriterionStatus.RESCHEDULED);
        assertThat(rescheduled.targetDate()).isEqualTo(LocalDate.of(2010, 3, 31));
        assertThat(rescheduled.overdueOn(LocalDate.of(2009, 12, 2))).isFalse();
    }

    private CriterionHistory.StateAt state(LocalDate asOf, Instant knownAt) {
        return CriterionHistory.stateAt(record, asOf, knownAt);
    }

    private static CriterionFact fact(String id, FactType type, LocalDate effectiveOn, Instant recordedAt, LocalDate target) {
        return new CriterionFact(id, type, effectiveOn, recordedAt, "miembro", null, target, null, null, false);
    }
}
