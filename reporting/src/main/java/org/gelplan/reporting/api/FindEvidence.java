package org.gelplan.reporting.api;

import java.util.List;

/** Query: the evidence files of one subject, oldest first, each with who superseded it (if anyone). */
public record FindEvidence(EvidenceFolderId folderId) {

    /** A file on record, with when and by whom it was attached, and the attachment that superseded it. */
    public record Entry(EvidenceFile file, java.time.Instant attachedAt, String attachedBy, String supersededBy) {
    }

    /** The answer: {@code files} empty when nothing was attached. */
    public record Answer(EvidenceFolderId folderId, EvidenceSubjectKind subjectKind, String subjectId, List<Entry> files) {
    }
}
