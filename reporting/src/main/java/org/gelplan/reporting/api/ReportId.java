package org.gelplan.reporting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gelplan.plan.api.PlanId;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The id of one plan's report for one quarter, {@code report-86001-2009-2009-Q4}: all its versions share it. */
public record ReportId(PlanId planId, Quarter quarter) {

    private static final Pattern FORMAT = Pattern.compile("report-(.+)-(\\d{4}-Q[1-4])");

    public ReportId {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(quarter, "quarter");
    }

    @JsonCreator
    public static ReportId parse(String value) {
        Matcher matcher = value == null ? null : FORMAT.matcher(value);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a report id: " + value);
        }
        return new ReportId(new PlanId(matcher.group(1)), Quarter.parse(matcher.group(2)));
    }

    @JsonValue
    @Override
    public String toString() {
        return "report-" + planId.value() + "-" + quarter;
    }
}
