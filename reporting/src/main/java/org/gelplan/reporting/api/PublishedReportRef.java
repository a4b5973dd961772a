package org.gelplan.reporting.api;

import java.time.Instant;

/**
 * The latest published quarterly report of a plan, as the multi-entity rollup shows it beside the
 * plan's compliance: which quarter and version, when it was published, and the SHA-256 of its frozen
 * content that the public page shows too.
 */
public record PublishedReportRef(String planId, String quarter, int version, Instant publishedAt, String contentHash) {
}
