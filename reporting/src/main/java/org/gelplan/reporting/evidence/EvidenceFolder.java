package org.gelplan.reporting.evidence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.reporting.api.AttachEvidenceFile;
import org.gelplan.reporting.api.EvidenceFileAttached;
import org.gelplan.reporting.api.EvidenceFolderId;
import org.gelplan.reporting.api.EvidenceProblem;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The evidence files of one subject. Rules: an attachment id is used once; a file may be superseded
 * only by a later file of the same subject, and only once (a file is never replaced or removed).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class EvidenceFolder {

    @AggregateIdentifier
    private EvidenceFolderId folderId;
    /** attachment id → the attachment that superseded it ("" while current). */
    private Map<String, String> files = new HashMap<>();

    EvidenceFolder() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AttachEvidenceFile command) {
        String id = command.file().attachmentId();
        if (files.containsKey(id)) {
            throw new EvidenceProblem(Kind.CONFLICT, "evidence.already-attached", id);
        }
        String supersedes = command.file().supersedes();
        if (supersedes != null) {
            if (!files.containsKey(supersedes)) {
                throw new EvidenceProblem(Kind.NOT_FOUND, "evidence.not-found", supersedes);
            }
            if (!files.get(supersedes).isEmpty()) {
                throw new EvidenceProblem(Kind.CONFLICT, "evidence.already-superseded", supersedes, files.get(supersedes));
            }
        }
        apply(new EvidenceFileAttached(command.folderId(), command.entityCode(), command.subjectKind(), command.subjectId(),
                command.file()));
    }

    @EventSourcingHandler
    void on(EvidenceFileAttached event) {
        folderId = event.folderId();
        files.put(event.file().attachmentId(), "");
        if (event.file().supersedes() != null) {
            files.put(event.file().supersedes(), event.file().attachmentId());
        }
    }
}
