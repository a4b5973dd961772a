package org.gelplan.reporting.reminders;

import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.quarterly.ReportingProperties;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Which quarters' reports are reminded on a day: due within the approaching days, or the latest late one. */
class ReportDueTest {

    private static final ReportingProperties THIRTY_DAYS = new ReportingProperties(30);
    private static final Quarter FIRST = Quarter.parse("2009-Q3");

    @Test
    void theLastQuarterIsNotDueBeforeTheApproachingDaysWhileTheOneBeforeIsLate() {
        assertThat(ReportDue.on(LocalDate.parse("2010-01-22"), FIRST, THIRTY_DAYS, 7))
                .containsExactly(new ReportDue(Quarter.parse("2009-Q3"), LocalDate.parse("2009-10-30"), true));
    }

    @Test
    void anEndedQuarterIsDueFromApproachingDaysBeforeItsDueDateThroughThatDay() {
        assertThat(ReportDue.on(LocalDate.parse("2010-01-23"), FIRST, THIRTY_DAYS, 7)).first()
                .isEqualTo(new ReportDue(Quarter.parse("2009-Q4"), LocalDate.parse("2010-01-30"), false));
        assertThat(ReportDue.on(LocalDate.parse("2010-01-30"), FIRST, THIRTY_DAYS, 7)).first()
                .isEqualTo(new ReportDue(Quarter.parse("2009-Q4"), LocalDate.parse("2010-01-30"), false));
    }

    @Test
    void onlyTheLatestQuarterPastItsDueDateIsLate() {
        assertThat(ReportDue.on(LocalDate.parse("2012-06-01"), FIRST, THIRTY_DAYS, 7))
                .containsExactly(new ReportDue(Quarter.parse("2012-Q1"), LocalDate.parse("2012-04-30"), true));
    }

    @Test
    void quartersBeforeThePlansFirstAreNotItsToReport() {
        assertThat(ReportDue.on(LocalDate.parse("2009-10-05"), FIRST, THIRTY_DAYS, 7)).isEmpty();
        assertThat(ReportDue.on(LocalDate.parse("2009-10-25"), FIRST, THIRTY_DAYS, 7))
                .containsExactly(new ReportDue(Quarter.parse("2009-Q3"), LocalDate.parse("2009-10-30"), false));
    }

    @Test
    void aLongDuePeriodCanKeepAnOlderQuarterDueBesideALaterOne() {
        ReportingProperties ninetyFive = new ReportingProperties(95);
        assertThat(ReportDue.on(LocalDate.parse("2010-07-01"), FIRST, ninetyFive, 7)).containsExactly(
                new ReportDue(Quarter.parse("2010-Q1"), LocalDate.parse("2010-07-04"), false),
                new ReportDue(Quarter.parse("2009-Q4"), LocalDate.parse("2010-04-05"), true));
    }
}
