package org.gelplan.reporting.rollup;

import org.axonframework.messaging.Message;
import org.gelplan.core.ProjectionBatch;
import org.gelplan.plan.api.PlanId;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rollup documents one batch of events reads and changes: the entities of all its events read in one
 * query when the first is needed, each document written once, all of them together after the batch's last
 * event was handled ({@link ProjectionBatch}). A rebuild replays about twenty fulfilments per entity, and
 * reading and saving the entity's document for each of them was nearly all of the rollup rebuild's time; a
 * read and a write per document and batch was still most of it. A batch the processor rolls back takes its
 * unsaved changes with it, and its retry reads the documents afresh.
 */
final class RollupBatch {

    private static final String RESOURCE = RollupBatch.class.getName();

    private final RollupDocuments documents;
    private final Map<String, Optional<RollupEntityDocument>> entityDocuments = new HashMap<>();
    private final Map<String, Optional<RollupDepartmentDocument>> departmentDocuments = new HashMap<>();
    private final Set<String> changedEntities = new LinkedHashSet<>();
    private final Set<String> changedDepartments = new LinkedHashSet<>();

    private RollupBatch(RollupDocuments documents) {
        this.documents = documents;
    }

    /** The current batch's documents, or a batch of this one event outside a processor's batch. */
    static RollupBatch current(RollupDocuments documents) {
        return ProjectionBatch.current(RESOURCE, () -> new RollupBatch(documents));
    }

    Optional<RollupEntityDocument> entity(String daneCode) {
        if (!entityDocuments.containsKey(daneCode)) {
            readEntitiesOfTheBatch(daneCode);
        }
        return entityDocuments.get(daneCode);
    }

    void put(RollupEntityDocument document) {
        entityDocuments.put(document.daneCode(), Optional.of(document));
        changedEntities.add(document.daneCode());
    }

    Optional<RollupDepartmentDocument> department(String code) {
        return departmentDocuments.computeIfAbsent(code, documents::department);
    }

    void put(RollupDepartmentDocument document) {
        departmentDocuments.put(document.code(), Optional.of(document));
        changedDepartments.add(document.code());
    }

    /** Writes what changed when the event just handled is the batch's last (or there is no batch). */
    void eventHandled() {
        if (ProjectionBatch.lastEvent()) {
            if (!changedEntities.isEmpty()) {
                documents.replaceEntities(changedEntities.stream().map(code -> entityDocuments.get(code).orElseThrow()).toList());
                changedEntities.clear();
            }
            if (!changedDepartments.isEmpty()) {
                documents.replaceDepartments(changedDepartments.stream()
                        .map(code -> departmentDocuments.get(code).orElseThrow()).toList());
                changedDepartments.clear();
            }
        }
    }

    // the asked entity, and every other one the batch's events are about that was not read yet
    private void readEntitiesOfTheBatch(String asked) {
        Set<String> wanted = ProjectionBatch.messages().stream().map(Message::getPayload).map(RollupSequencing::planIdOf)
                .filter(Objects::nonNull).map(PlanId::daneCode).filter(code -> !entityDocuments.containsKey(code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        wanted.add(asked);
        Map<String, RollupEntityDocument> found = documents.entities(wanted).stream()
                .collect(Collectors.toMap(RollupEntityDocument::daneCode, document -> document));
        wanted.forEach(code -> entityDocuments.put(code, Optional.ofNullable(found.get(code))));
    }
}
