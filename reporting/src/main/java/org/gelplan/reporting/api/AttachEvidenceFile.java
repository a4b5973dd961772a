package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a stored file as evidence of a subject (its bytes are already in the store under its attachment id). */
public record AttachEvidenceFile(@TargetAggregateIdentifier EvidenceFolderId folderId, String entityCode,
                                 EvidenceSubjectKind subjectKind, String subjectId, EvidenceFile file) {
}
