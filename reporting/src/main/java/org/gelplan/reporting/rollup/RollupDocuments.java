package org.gelplan.reporting.rollup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the rollup projection reads and writes its documents, a batch of events at a time: the entities a
 * batch touches in one read, and what it changed in one write of each kind.
 */
interface RollupDocuments {

    /** The stored documents of these entities (DANE codes); an entity with none is left out. */
    List<RollupEntityDocument> entities(Collection<String> daneCodes);

    Optional<RollupDepartmentDocument> department(String code);

    /** Stores each document in place of the one with its code, or as a new one. */
    void replaceEntities(Collection<RollupEntityDocument> documents);

    void replaceDepartments(Collection<RollupDepartmentDocument> documents);

    /** Removes every document, for a rebuild. */
    void clear();
}
