package org.gelplan.cli;

import org.gelplan.eventstore.EventStoreCollections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which collections a backup copies and which it leaves to be rebuilt (docs/adr/0014). Every
 * collection the application creates is named here; one that is not (added later and forgotten) is
 * copied, and the command says so, since a lost record is worse than a read model replayed twice.
 */
final class BackupCollections {

    /**
     * Records nothing else can rebuild, in copy order: whatever a copied record refers to was copied after
     * it was written. The audit chain goes first (a chain copied before the events covers only copied
     * events); GridFS files before chunks (it writes chunks first); counters after commits (the global
     * index allocator is never behind a copied commit).
     */
    static final List<String> RECORDS = List.of("audit_chain", "audit_checkpoints", EventStoreCollections.COMMITS,
            "evidence.files", "evidence.chunks", EventStoreCollections.COUNTERS, "sagas", "user_credentials",
            "idempotency_keys");

    /** Left out: rebuilt from the events on the first start after a restore (no tokens are copied). */
    static final Map<String, String> REBUILT = rebuilt();

    private BackupCollections() {
    }

    private static Map<String, String> rebuilt() {
        Map<String, String> rebuilt = new TreeMap<>();
        rebuilt.put("trackingtokens", "processors' positions: left out so every read model replays from the first event");
        rebuilt.put(EventStoreCollections.SNAPSHOTS, "aggregate snapshots: taken again as aggregates are used");
        rebuilt.put("axon_nodes", "running nodes' heartbeats (segment balancing): written anew by every node that starts");
        for (String readModel : List.of("committee_decisions", "committee_meetings", "committees", "compliance_plans",
                "criterion_records", "evidence_folders", "improvement_plans", "managed_users", "plan_indicator_histories",
                "plan_indicator_index", "plan_inventory_code_buckets", "plan_inventory_items", "plan_matrices", "plan_summaries",
                "report_index", "report_versions", "rollup_departments", "rollup_entity_states")) {
            rebuilt.put(readModel, "read model, rebuilt from the events");
        }
        rebuilt.put("plan_inventories", "retired read model (one document per entity, before plan_inventory_items):"
                + " no longer written or read");
        rebuilt.put("plan_inventory_codes", "retired read model (each entity's item codes in one list, before "
                + "plan_inventory_code_buckets): no longer written or read");
        rebuilt.put("rollup_entities", "retired read model (the rollup's criteria as sub-documents, before "
                + "rollup_entity_states): no longer written or read");
        return rebuilt;
    }

    /** What a backup of a store holding these collections does with each. */
    record Selection(List<String> copied, List<String> rebuilt, List<String> unclassified) {
    }

    static Selection of(Collection<String> existing) {
        List<String> copied = new ArrayList<>(RECORDS);
        List<String> unclassified = existing.stream().sorted()
                .filter(name -> !RECORDS.contains(name) && !REBUILT.containsKey(name) && !name.startsWith("system.")).toList();
        copied.addAll(unclassified);
        return new Selection(copied, existing.stream().filter(REBUILT::containsKey).sorted().toList(), unclassified);
    }
}
