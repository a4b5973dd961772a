package org.gelplan.mongo;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The writes whose replies need not wait for a commit: inserts, updates and deletes on collections
 * that are rebuilt from the events (projections' read models, their tracking tokens, snapshots).
 *
 * <p>Safe because of prefix durability: writes apply one at a time and every commit captures all
 * of them applied before it, so a tracking token is only ever durable together with the read-model
 * writes its processor made before storing it, and a snapshot only after the events it sums up. A
 * crash loses at most a suffix of such writes; the processor then handles those events again from
 * its last durable token (handlers are idempotent), and an aggregate loads from an older snapshot.
 *
 * <p>Deliberately a list of what may skip the wait, like {@link ReadOnlyCommands}: a rebuildable
 * collection missing here costs a commit wait, a record listed here by mistake could lose an
 * acknowledged write. The records that always wait: event commits, the audit chain and its
 * checkpoints, sagas, idempotency records, user credentials, evidence files (GridFS). See ADR 0015.
 */
final class RebuildableWrites {

    /** Every read model written only by an event handler that replays, plus Axon's rebuildable state. */
    static final Set<String> COLLECTIONS = Set.of(
        "trackingtokens", "snapshots",
        "plan_summaries", "plan_inventory_items", "plan_inventory_code_buckets", "plan_matrices", "plan_indicator_index",
        "plan_indicator_histories",
        "compliance_plans", "criterion_records",
        "committees", "committee_meetings", "committee_decisions",
        "report_index", "report_versions", "improvement_plans", "evidence_folders",
        "rollup_entity_states", "rollup_departments",
        "managed_users");

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");

    private final Set<String> collections;

    /** @param extra further rebuildable collections (a plug-in's or a test's projection) */
    RebuildableWrites(Set<String> extra) {
        Set<String> all = new HashSet<>(COLLECTIONS);
        all.addAll(extra);
        this.collections = Set.copyOf(all);
    }

    boolean isRebuildable(String command, Document query) {
        return WRITES.contains(command.toLowerCase(Locale.ROOT)) && collections.contains(query.get(command));
    }
}
