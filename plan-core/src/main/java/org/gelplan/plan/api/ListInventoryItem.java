package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a procedure or service to the entity's inventory (the first one opens the inventory). */
public record ListInventoryItem(@TargetAggregateIdentifier InventoryId inventoryId, InventoryItem item) {
}
