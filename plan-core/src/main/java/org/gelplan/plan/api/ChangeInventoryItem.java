package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record what changed about a listed item (now published, automated, renamed...), effective on a day. */
public record ChangeInventoryItem(@TargetAggregateIdentifier InventoryId inventoryId, InventoryItem item,
                                  LocalDate effectiveOn, String reason) {
}
