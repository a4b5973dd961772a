package org.gelplan.reporting.quarterly;

import org.gelplan.reporting.api.ReportDownloads;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.render.ReportFormat;
import org.gelplan.reporting.render.ReportResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** {@link ReportDownloads} through the same reader and renderer as {@link ReportController}. */
@Component
class QuarterlyReportDownloads implements ReportDownloads {

    private final ReportReader reader;
    private final ReportResponses responses;

    QuarterlyReportDownloads(ReportReader reader, ReportResponses responses) {
        this.reader = reader;
        this.responses = responses;
    }

    @Override
    public ResponseEntity<?> download(ReportId reportId, Integer version, String format) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown report format " + format);
        }
        return responses.respond(reader.internal(reportId.planId(), reportId.quarter(), version),
                ReportFormat.valueOf(format.toUpperCase(Locale.ROOT)));
    }
}
