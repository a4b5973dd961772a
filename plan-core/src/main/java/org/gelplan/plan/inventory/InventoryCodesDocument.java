package org.gelplan.plan.inventory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * The codes of the items ever listed in an entity's inventory, keyed by the entity's DANE code: one
 * {@code _id} lookup, then one {@code _id $in} over the items, answers any day (the embedded store uses
 * no secondary index, so the items are never searched by entity).
 */
@Document("plan_inventory_codes")
record InventoryCodesDocument(@Id String entityCode, List<String> codes) {
}
