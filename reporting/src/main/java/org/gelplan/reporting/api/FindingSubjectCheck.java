package org.gelplan.reporting.api;

/**
 * The check that what a finding is about exists for the entity, for callers that are not the REST
 * controller (the web pages), so that both refuse the same subjects with the same problem.
 */
public interface FindingSubjectCheck {

    /** @throws FindingProblem (404, {@code finding.subject-not-found}) when the subject does not exist for the entity */
    void requireExists(String entityCode, FindingSubjectKind kind, String subjectId);
}
