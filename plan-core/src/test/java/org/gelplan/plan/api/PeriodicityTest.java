package org.gelplan.plan.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodicityTest {

    @ParameterizedTest
    @CsvSource({
            "DAY,     2010-01-15, 2010-01-15, 2010-01-15, 2010-01-16",
            "WEEK,    2010-W05,   2010-02-01, 2010-02-07, 2010-W06",
            "WEEK,    2009-W53,   2009-12-28, 2010-01-03, 2010-W01",
            "MONTH,   2010-02,    2010-02-01, 2010-02-28, 2010-03",
            "QUARTER, 2010-Q4,    2010-10-01, 2010-12-31, 2011-Q1",
            "YEAR,    2010,       2010-01-01, 2010-12-31, 2011"})
    void namesEachPeriodByAKey(Periodicity periodicity, String key, LocalDate start, LocalDate end, String next) {
        assertThat(periodicity.accepts(key)).isTrue();
        assertThat(periodicity.start(key)).isEqualTo(start);
        assertThat(periodicity.end(key)).isEqualTo(end);
        assertThat(periodicity.next(key)).isEqualTo(next);
        assertThat(periodicity.keyOf(end)).isEqualTo(key);
        assertThat(Periodicity.ofKey(key)).contains(periodicity);
    }

    @ParameterizedTest
    @CsvSource({"MONTH, 2010-13", "MONTH, 2010-1", "WEEK, 2010-W53", "WEEK, 2010-W00", "QUARTER, 2010-Q5",
            "DAY, 2010-02-30", "YEAR, 10", "MONTH, 2010-Q1", "MONTH, ' 2010-01'"})
    void refusesKeysThatNameNoPeriodOfItsKind(Periodicity periodicity, String key) {
        assertThat(periodicity.accepts(key)).isFalse();
    }

    @Test
    void acceptsNoNullKey() {
        assertThat(Periodicity.MONTH.accepts(null)).isFalse();
        assertThat(Periodicity.ofKey(null)).isEmpty();
    }

    @Test
    void namesEveryDaysPeriodAsTheFormatterDid() {
        for (LocalDate day = LocalDate.of(1998, 12, 1); day.isBefore(LocalDate.of(2032, 2, 1)); day = day.plusDays(1)) {
            assertThat(Periodicity.WEEK.keyOf(day)).isEqualTo(String.format("%04d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            assertThat(Periodicity.MONTH.keyOf(day)).isEqualTo(String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
            assertThat(Periodicity.QUARTER.keyOf(day)).isEqualTo(String.format("%04d-Q%d", day.getYear(),
                    day.get(IsoFields.QUARTER_OF_YEAR)));
            assertThat(Periodicity.YEAR.keyOf(day)).isEqualTo(String.format("%04d", day.getYear()));
        }
        for (int year : new int[] {-12, 7, 987, 10_000}) {
            assertThat(Periodicity.YEAR.keyOf(LocalDate.of(year, 1, 1))).isEqualTo(String.format("%04d", year));
        }
    }
}
