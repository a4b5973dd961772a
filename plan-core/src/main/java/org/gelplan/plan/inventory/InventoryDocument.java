package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryShares;
import org.gelplan.plan.api.InventoryView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One entity's inventory with every version of every item, keyed by the entity's DANE code (one
 * {@code _id} lookup answers any day). Versions are appended once per event, so replays are idempotent.
 */
@Document("plan_inventories")
record InventoryDocument(@Id String entityCode, List<ItemHistory> items) {

    /** An item's versions in the order they were recorded; {@code eventId} makes re-delivery harmless. */
    record ItemHistory(String code, List<Recorded> versions) {
    }

    record Recorded(String eventId, InventoryView.Version version) {
    }

    static InventoryDocument empty(String entityCode) {
        return new InventoryDocument(entityCode, List.of());
    }

    InventoryDocument with(String code, String eventId, InventoryView.Version version) {
        List<ItemHistory> changed = new ArrayList<>(items);
        ItemHistory history = changed.stream().filter(h -> h.code().equals(code)).findFirst().orElse(null);
        if (history == null) {
            changed.add(new ItemHistory(code, List.of(new Recorded(eventId, version))));
        } else if (history.versions().stream().noneMatch(r -> r.eventId().equals(eventId))) {
            List<Recorded> versions = new ArrayList<>(history.versions());
            versions.add(new Recorded(eventId, version));
            changed.set(changed.indexOf(history), new ItemHistory(code, versions));
        }
        changed.sort(Comparator.comparing(ItemHistory::code));
        return new InventoryDocument(entityCode, changed);
    }

    /** The inventory as it stood at the end of {@code day}: each item's latest version effective by then. */
    InventoryView on(LocalDate day) {
        List<InventoryView.Entry> entries = new ArrayList<>();
        int[][] counts = new int[InventoryItemKind.values().length][4];
        for (ItemHistory history : items) {
            List<InventoryView.Version> versions = history.versions().stream().map(Recorded::version).toList();
            InventoryView.Version inEffect = null;
            LocalDate withdrawnOn = null;
            for (InventoryView.Version version : versions) {
                if (!version.effectiveOn().isAfter(day)) {
                    inEffect = version;
                }
                if (version.item() == null) {
                    withdrawnOn = version.effectiveOn();
                }
            }
            InventoryItem current = inEffect == null ? null : inEffect.item();
            if (current != null) {
                int[] kind = counts[current.kind().ordinal()];
                kind[0]++;
                kind[1] += current.publishedBy(day) ? 1 : 0;
                kind[2] += current.automatedBy(day) ? 1 : 0;
                kind[3] += current.onlineBy(day) ? 1 : 0;
            }
            entries.add(new InventoryView.Entry(history.code(), current, withdrawnOn, versions));
        }
        return new InventoryView(entityCode, day, shares(counts[InventoryItemKind.TRAMITE.ordinal()]),
                shares(counts[InventoryItemKind.SERVICIO.ordinal()]), entries);
    }

    private static InventoryShares shares(int[] counts) {
        return new InventoryShares(counts[0], counts[1], counts[2], counts[3]);
    }
}
