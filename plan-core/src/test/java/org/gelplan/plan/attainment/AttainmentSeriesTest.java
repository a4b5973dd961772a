package org.gelplan.plan.attainment;

import org.gelplan.plan.api.AttainmentPoint;
import org.gelplan.plan.api.Direction;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.MeasurementRecord;
import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.Target;
import org.gelplan.plan.api.Trend;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.gelplan.plan.api.PeriodStatus.MEASURED;
import static org.gelplan.plan.api.PeriodStatus.MISSING;
import static org.gelplan.plan.api.PeriodStatus.OPEN;

class AttainmentSeriesTest {

    private static final LocalDate ADOPTED = LocalDate.of(2009, 9, 21);
    private static final List<String> SCALE = List.of("Deficiente", "Aceptable", "Bueno", "Excelente");

    @Test
    void showsPeriodsThatPassedWithoutMeasurementAsMissingAndTheRunningOneAsOpen() {
        List<AttainmentPoint> series = AttainmentSeries.of(news(), ADOPTED, List.of(value("2009-10", 15)),
                LocalDate.of(2009, 12, 10));

        assertThat(series).extracting(AttainmentPoint::period, AttainmentPoint::status, AttainmentPoint::value)
                .containsExactly(tuple("2009-09", MISSING, null), tuple("2009-10", MEASURED, BigDecimal.valueOf(15)),
                        tuple("2009-11", MISSING, null), tuple("2009-12", OPEN, null));
    }

    @Test
    void judgesAFloorByValueOverTarget() {
        AttainmentPoint october = AttainmentSeries.of(news(), ADOPTED, List.of(value("2009-10", 12)),
                LocalDate.of(2009, 11, 1)).get(1);

        assertThat(october.attainmentPercent()).isEqualTo(80.0);
        assertThat(october.met()).isFalse();
        assertThat(october.targetValue()).isEqualByComparingTo("15");
    }

    @Test
    void judgesACeilingAsKeptUpToItsTargetAndByTargetOverValueBeyond() {
        List<AttainmentPoint> series = AttainmentSeries.of(complaints(), ADOPTED,
                List.of(value("2009-09", 3), value("2009-10", 10), value("2009-11", 20)), LocalDate.of(2009, 12, 1));

        assertThat(series).extracting(AttainmentPoint::attainmentPercent).containsExactly(100.0, 100.0, 50.0, null);
        assertThat(series).extracting(AttainmentPoint::met).containsExactly(true, true, false, null);
        assertThat(series).extracting(AttainmentPoint::trend).containsExactly(null, Trend.WORSENED, Trend.WORSENED, null);
    }

    @Test
    void judgesAQualitativeLevelByItsRankOnTheScale() {
        List<AttainmentPoint> series = AttainmentSeries.of(satisfaction(), ADOPTED,
                List.of(level("2009", "Aceptable"), level("2010", "Bueno"), level("2011", "Excelente")), LocalDate.of(2012, 3, 1));

        assertThat(series).extracting(AttainmentPoint::level).containsExactly("Aceptable", "Bueno", "Excelente", null);
        assertThat(series).extracting(AttainmentPoint::attainmentPercent).containsExactly(50.0, 75.0, 100.0, null);
        assertThat(series).extracting(AttainmentPoint::trend).containsExactly(null, Trend.IMPROVED, Trend.IMPROVED, null);
        assertThat(series.get(3).status()).isEqualTo(OPEN);
    }

    @Test
    void givesNoTrendAcrossAMissingPeriod() {
        List<AttainmentPoint> series = AttainmentSeries.of(news(), ADOPTED,
                List.of(value("2009-09", 10), value("2009-11", 15)), LocalDate.of(2009, 12, 1));

        assertThat(series).extracting(AttainmentPoint::trend).containsExactly(null, null, null, null);
    }

    @Test
    void letsACorrectionReplaceThePeriodsValueAndSaySo() {
        List<MeasurementRecord> history = List.of(value("2009-10", 9), value("2009-11", 15),
                correction("2009-10", 15, "Faltaban noticias de la Secretaría de Salud"));

        List<AttainmentPoint> series = AttainmentSeries.of(news(), ADOPTED, history, LocalDate.of(2009, 12, 1));

        AttainmentPoint october = series.get(1);
        assertThat(october.value()).isEqualByComparingTo("15");
        assertThat(october.corrected()).isTrue();
        assertThat(october.correctionReason()).isEqualTo("Faltaban noticias de la Secretaría de Salud");
        assertThat(series.get(2).trend()).isEqualTo(Trend.UNCHANGED);
        assertThat(series.get(2).corrected()).isFalse();
    }

    @Test
    void startsAtTheIndicatorsStartAndHasNothingBeforeIt() {
        assertThat(AttainmentSeries.of(news(), LocalDate.of(2012, 1, 1), List.of(), LocalDate.of(2011, 12, 31))).isEmpty();
        assertThat(AttainmentSeries.of(news(), LocalDate.of(2012, 1, 15), List.of(), LocalDate.of(2012, 2, 1)))
                .extracting(AttainmentPoint::period).containsExactly("2012-01", "2012-02");
    }

    static IndicatorDefinition news() {
        return new IndicatorDefinition("Cantidad de noticias publicadas", IndicatorKind.COUNT, Direction.HIGHER_IS_BETTER,
                new Target(BigDecimal.valueOf(15), null, "noticias/mes", "1 cada 2 días"), Periodicity.MONTH, "Comité",
                null, null, null, null, List.of(), false, null);
    }

    static IndicatorDefinition complaints() {
        return new IndicatorDefinition("Cantidad de quejas recibidas", IndicatorKind.COUNT, Direction.LOWER_IS_BETTER,
                new Target(BigDecimal.TEN, null, "quejas/mes", "10/ mes"), Periodicity.MONTH, "Comité",
                null, null, null, null, List.of(), false, null);
    }

    static IndicatorDefinition satisfaction() {
        return new IndicatorDefinition("Satisfacción", IndicatorKind.QUALITATIVE, Direction.HIGHER_IS_BETTER,
                new Target(null, "Excelente", null, "Excelente"), Periodicity.YEAR, "Comité", null, null, null, null,
                SCALE, false, null);
    }

    static MeasurementRecord value(String period, int value) {
        return new MeasurementRecord("e-" + period, period, new Measurement(null, null, BigDecimal.valueOf(value), null, "s", null),
                false, null, Instant.EPOCH, "miembro");
    }

    static MeasurementRecord level(String period, String level) {
        return new MeasurementRecord("e-" + period, period, new Measurement(null, null, null, level, "s", null),
                false, null, Instant.EPOCH, "miembro");
    }

    static MeasurementRecord correction(String period, int value, String reason) {
        return new MeasurementRecord("c-" + period, period, new Measurement(null, null, BigDecimal.valueOf(value), null, "s", null),
                true, reason, Instant.EPOCH, "lider");
    }
}
