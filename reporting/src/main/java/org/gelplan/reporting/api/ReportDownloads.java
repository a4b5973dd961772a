package org.gelplan.reporting.api;

import org.springframework.http.ResponseEntity;

import java.util.Set;

/**
 * A quarter's report for signed-in readers of the entity, rendered exactly as
 * {@code GET /api/v1/plans/{planId}/reports/{quarter}?format=...} renders it (the current published
 * version, else the newest submitted one, else a preview as of the quarter's end; or the version asked
 * for), for callers other than the REST controller: the web pages' downloads under the browser session.
 * The caller checks the entity scope.
 */
public interface ReportDownloads {

    /** The formats, in lower case, as {@code ?format=} names them. */
    Set<String> FORMATS = Set.of("json", "html", "pdf", "csv");

    /**
     * @param format  one of {@link #FORMATS}
     * @param version null for the current one
     * @return the body with its content type, file name and {@code X-Report-SHA256} header
     */
    ResponseEntity<?> download(ReportId reportId, Integer version, String format);
}
