package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemKind;
import org.gelplan.plan.api.InventoryShares;
import org.gelplan.plan.api.InventoryView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One entity's inventory with every version of every item, as read from its item documents, ordered by code.
 */
record InventoryHistory(String entityCode, List<InventoryItemDocument> items) {

    InventoryHistory {
        items = items.stream().sorted(Comparator.comparing(InventoryItemDocument::code)).toList();
    }

    /** The inventory as it stood at the end of {@code day}: each item's latest version effective by then. */
    InventoryView on(LocalDate day) {
        List<InventoryView.Entry> entries = new ArrayList<>();
        int[][] counts = new int[InventoryItemKind.values().length][4];
        for (InventoryItemDocument history : items) {
            List<InventoryView.Version> versions = history.versions().stream()
                    .map(InventoryItemDocument.Recorded::version).toList();
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
