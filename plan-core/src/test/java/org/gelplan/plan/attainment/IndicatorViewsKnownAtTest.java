package org.gelplan.plan.attainment;

import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.MeasurementRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An indicator as control interno's replay asks for it: only what had been recorded by an instant. */
class IndicatorViewsKnownAtTest {

    private static final Instant DEFINED = Instant.parse("2009-09-22T15:00:00Z");
    private static final Instant OCTOBER_RECORDED = Instant.parse("2009-11-02T14:00:00Z");
    private static final Instant LATE_RECORDED = Instant.parse("2009-12-05T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2009, 12, 10);

    @Test
    void givenAMeasurementRecordedAfterTheInstantWhenAskedKnownAtThenItIsNotCounted() {
        IndicatorDetail detail = IndicatorViews.detail(complaints(), DAY, Instant.parse("2009-12-01T00:00:00Z"));

        assertThat(detail.history()).extracting(MeasurementRecord::period).containsExactly("2009-10");
        assertThat(detail.indicator().latest().period()).isEqualTo("2009-10");
    }

    @Test
    void givenNoInstantWhenAskedAsOfADayThenEverythingRecordedByItsEndCounts() {
        IndicatorDetail detail = IndicatorViews.detail(complaints(), DAY, null);

        assertThat(detail.history()).extracting(MeasurementRecord::period).containsExactly("2009-10", "2009-09");
        assertThat(detail.indicator().latest().period()).isEqualTo("2009-10");
    }

    @Test
    void givenAnIndicatorDefinedAfterTheInstantThenItWasNotKnownThen() {
        assertThat(complaints().knownBy(DEFINED.minusSeconds(1))).isFalse();
        assertThat(complaints().knownBy(DEFINED)).isTrue();
        assertThat(complaints().knownBy(null)).isTrue();
        assertThat(new IndicatorHistoryDocument("p/i", "i", AttainmentSeriesTest.complaints(), DAY, null, List.of())
                .knownBy(Instant.EPOCH)).as("a document written before definition times were kept").isTrue();
    }

    private static IndicatorHistoryDocument complaints() {
        return new IndicatorHistoryDocument("86001-2009/T7-A2-I2", "T7-A2-I2", AttainmentSeriesTest.complaints(),
                LocalDate.of(2009, 9, 21), DEFINED,
                List.of(measured("2009-10", 8, OCTOBER_RECORDED), measured("2009-09", 12, LATE_RECORDED)));
    }

    private static MeasurementRecord measured(String period, int value, Instant recordedAt) {
        return new MeasurementRecord("e-" + period, period,
                new Measurement(null, null, BigDecimal.valueOf(value), null, "Buzón", null), false, null, recordedAt, "miembro");
    }
}
