package org.gelplan.reporting.api;

/**
 * Submits a quarter's report as the REST workflow does (freezing the content generated now), for callers
 * that are not the REST controller (the web pages). Roles and scope are the caller's to check.
 */
public interface ReportSubmissions {

    /**
     * @param correctionReason null for a first submission, the reason for a correction
     * @return the number of the version submitted
     */
    int submit(ReportId reportId, String correctionReason);
}
