package org.gelplan.reporting.quarterly;

import org.gelplan.reporting.api.Quarter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;

/**
 * Reporting settings.
 *
 * @param dueDays days after a quarter's end by which its report is due (SPEC §2: 30 unless configured)
 */
@ConfigurationProperties("gelplan.reports")
public record ReportingProperties(@DefaultValue("30") int dueDays) {

    public ReportingProperties {
        if (dueDays < 0 || dueDays > 366) {
            throw new IllegalArgumentException("gelplan.reports.due-days must be between 0 and 366: " + dueDays);
        }
    }

    public LocalDate dueDate(Quarter quarter) {
        return quarter.lastDay().plusDays(dueDays);
    }
}
