package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * One item of an entity's inventory with every version recorded for it, in the order its events came.
 * An event appends one small version here (no whole-inventory rewrite); {@code eventId} makes a second
 * delivery of the same event change nothing.
 */
@Document("plan_inventory_items")
record InventoryItemDocument(@Id String id, String code, List<Recorded> versions) {

    record Recorded(String eventId, InventoryView.Version version) {
    }

    /** The item's key: the entity's DANE code (digits) and the item's code, so one {@code _id} finds it. */
    static String id(String entityCode, String code) {
        return entityCode + "/" + code;
    }
}
