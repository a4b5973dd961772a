package org.gelplan.reporting.reminders;

import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.quarterly.ReportingProperties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A quarter of a plan whose report is worth a reminder on a day, if nothing was submitted for it:
 * due within {@code approachingDays} (REPORT_DUE), or the latest quarter past its due date (REPORT_LATE).
 * Older late quarters are not reminded again, and quarters before the plan's first are not its to report.
 */
record ReportDue(Quarter quarter, LocalDate dueDate, boolean late) {

    static List<ReportDue> on(LocalDate today, Quarter first, ReportingProperties reporting, int approachingDays) {
        LocalDate horizon = today.plusDays(approachingDays);
        List<ReportDue> due = new ArrayList<>();
        for (Quarter quarter = Quarter.of(today).previous(); quarter.compareTo(first) >= 0; quarter = quarter.previous()) {
            LocalDate dueDate = reporting.dueDate(quarter);
            boolean late = dueDate.isBefore(today);
            if (late || !dueDate.isAfter(horizon)) {
                due.add(new ReportDue(quarter, dueDate, late));
            }
            if (late) {
                break;
            }
        }
        return due;
    }
}
