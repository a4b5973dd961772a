package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

/**
 * A file was attached as evidence of a fulfilment, a meeting's minutes, a measurement or a finding.
 *
 * <p>For the plan: the subject now has this document. For an auditor: the SHA-256 here is what the
 * stored bytes must hash to on every download; a file is never replaced, a later one may only
 * supersede it ({@code file.supersedes}), and both stay downloadable. Who attached it is in the metadata.
 */
@Revision("1")
public record EvidenceFileAttached(EvidenceFolderId folderId, String entityCode, EvidenceSubjectKind subjectKind,
                                   String subjectId, EvidenceFile file) {
}
