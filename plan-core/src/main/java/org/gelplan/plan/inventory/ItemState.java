package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryItem;

import java.time.LocalDate;

/** What the inventory aggregate keeps of an item: its last state, the day of its last change, and its withdrawal. */
record ItemState(InventoryItem item, LocalDate lastEffectiveOn, LocalDate withdrawnOn) {

    boolean withdrawn() {
        return withdrawnOn != null;
    }
}
