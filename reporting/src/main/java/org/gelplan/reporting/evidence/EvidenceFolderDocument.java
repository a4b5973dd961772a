package org.gelplan.reporting.evidence;

import org.gelplan.reporting.api.EvidenceFile;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.gelplan.reporting.api.FindEvidence;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One subject's evidence files as their events recorded them, keyed by the folder id. */
@Document("evidence_folders")
record EvidenceFolderDocument(@Id String folderId, String entityCode, EvidenceSubjectKind subjectKind, String subjectId,
                              List<FindEvidence.Entry> files) {

    /** Adds the file once (however often the event is handled) and marks the one it supersedes. */
    EvidenceFolderDocument with(EvidenceFile file, Instant attachedAt, String attachedBy) {
        if (find(file.attachmentId()).isPresent()) {
            return this;
        }
        List<FindEvidence.Entry> changed = new ArrayList<>(files.stream().map(entry ->
                entry.file().attachmentId().equals(file.supersedes())
                        ? new FindEvidence.Entry(entry.file(), entry.attachedAt(), entry.attachedBy(), file.attachmentId())
                        : entry).toList());
        changed.add(new FindEvidence.Entry(file, attachedAt, attachedBy, null));
        return new EvidenceFolderDocument(folderId, entityCode, subjectKind, subjectId, changed);
    }

    Optional<FindEvidence.Entry> find(String attachmentId) {
        return files.stream().filter(entry -> entry.file().attachmentId().equals(attachmentId)).findFirst();
    }

    FindEvidence.Answer answer() {
        return new FindEvidence.Answer(new EvidenceFolderId(folderId), subjectKind, subjectId, files);
    }
}
