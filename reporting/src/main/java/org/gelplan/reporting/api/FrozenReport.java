package org.gelplan.reporting.api;

/** A version of a report with its frozen body, exactly as submitted. */
public record FrozenReport(ReportVersionView version, String body) {
}
