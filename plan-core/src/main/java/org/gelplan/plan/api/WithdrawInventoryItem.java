package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Take an item out of the inventory (the entity no longer offers it); it stays in the history. */
public record WithdrawInventoryItem(@TargetAggregateIdentifier InventoryId inventoryId, String code,
                                    LocalDate withdrawnOn, String reason) {
}
