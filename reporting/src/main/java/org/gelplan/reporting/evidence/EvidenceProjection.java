package org.gelplan.reporting.evidence;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.core.AuditMetaData;
import org.gelplan.reporting.api.EvidenceFileAttached;
import org.gelplan.reporting.api.FindEvidence;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The evidence read model: per subject, its files with their recorded SHA-256 (the bytes stay in GridFS). */
@Component
@ProcessingGroup(EvidenceProjection.GROUP)
class EvidenceProjection {

    static final String GROUP = "evidence";

    private final EvidenceFolderRepository folders;

    EvidenceProjection(EvidenceFolderRepository folders) {
        this.folders = folders;
    }

    @EventHandler
    void on(EvidenceFileAttached event, @Timestamp Instant at, MetaData metaData) {
        EvidenceFolderDocument folder = folders.findById(event.folderId().value()).orElseGet(() ->
                new EvidenceFolderDocument(event.folderId().value(), event.entityCode(), event.subjectKind(),
                        event.subjectId(), List.of()));
        folders.save(folder.with(event.file(), at, AuditMetaData.actorOf(metaData)));
    }

    @QueryHandler
    Optional<FindEvidence.Answer> handle(FindEvidence query) {
        return folders.findById(query.folderId().value()).map(EvidenceFolderDocument::answer);
    }

    @ResetHandler
    void reset() {
        folders.deleteAll();
    }
}
