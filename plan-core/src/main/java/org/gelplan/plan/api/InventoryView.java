package org.gelplan.plan.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An entity's inventory on a day: the items in it then (as they stood), the shares per kind, and
 * each item's full history of changes (including those after the day, so nothing is hidden).
 */
public record InventoryView(String entityCode, LocalDate asOf, InventoryShares tramites, InventoryShares servicios,
                           List<Entry> items) {

    /** One item: its state on the day ({@code null} when not in the inventory then) and every version recorded. */
    public record Entry(String code, InventoryItem current, LocalDate withdrawnOn, List<Version> history) {
    }

    /** A recorded state of an item: what it became on {@code effectiveOn} and why ({@code item} null: withdrawn). */
    public record Version(LocalDate effectiveOn, InventoryItem item, String reason) {
    }

    public InventoryShares shares(InventoryItemKind kind) {
        return kind == InventoryItemKind.TRAMITE ? tramites : servicios;
    }
}
