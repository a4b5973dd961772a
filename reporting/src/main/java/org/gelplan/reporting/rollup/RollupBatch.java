package org.gelplan.reporting.rollup;

import org.gelplan.core.ProjectionBatch;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rollup documents one batch of events reads and changes: each read once, each written once,
 * after the batch's last event was handled ({@link ProjectionBatch}). A rebuild replays about twenty
 * fulfilments per entity, and reading and saving the entity's document for each of them was nearly all
 * of the rollup rebuild's time. A batch the processor rolls back takes its unsaved changes with it, and
 * its retry reads the documents afresh.
 */
final class RollupBatch {

    private static final String RESOURCE = RollupBatch.class.getName();

    private final RollupEntityRepository entities;
    private final RollupDepartmentRepository departments;
    private final Map<String, Optional<RollupEntityDocument>> entityDocuments = new HashMap<>();
    private final Map<String, Optional<RollupDepartmentDocument>> departmentDocuments = new HashMap<>();
    private final Set<String> changedEntities = new LinkedHashSet<>();
    private final Set<String> changedDepartments = new LinkedHashSet<>();

    private RollupBatch(RollupEntityRepository entities, RollupDepartmentRepository departments) {
        this.entities = entities;
        this.departments = departments;
    }

    /** The current batch's documents, or a batch of this one event outside a processor's batch. */
    static RollupBatch current(RollupEntityRepository entities, RollupDepartmentRepository departments) {
        return ProjectionBatch.current(RESOURCE, () -> new RollupBatch(entities, departments));
    }

    Optional<RollupEntityDocument> entity(String daneCode) {
        return entityDocuments.computeIfAbsent(daneCode, entities::findById);
    }

    void put(RollupEntityDocument document) {
        entityDocuments.put(document.daneCode(), Optional.of(document));
        changedEntities.add(document.daneCode());
    }

    Optional<RollupDepartmentDocument> department(String code) {
        return departmentDocuments.computeIfAbsent(code, departments::findById);
    }

    void put(RollupDepartmentDocument document) {
        departmentDocuments.put(document.code(), Optional.of(document));
        changedDepartments.add(document.code());
    }

    /** Writes what changed when the event just handled is the batch's last (or there is no batch). */
    void eventHandled() {
        if (ProjectionBatch.lastEvent()) {
            if (!changedEntities.isEmpty()) {
                entities.saveAll(changedEntities.stream().map(code -> entityDocuments.get(code).orElseThrow()).toList());
                changedEntities.clear();
            }
            if (!changedDepartments.isEmpty()) {
                departments.saveAll(changedDepartments.stream().map(code -> departmentDocuments.get(code).orElseThrow()).toList());
                changedDepartments.clear();
            }
        }
    }
}
