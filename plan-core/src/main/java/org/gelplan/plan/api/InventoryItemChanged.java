package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A listed item changed (flags, dates, name, office), effective on a day.
 *
 * <p>For the plan: from {@code effectiveOn} the item counts as {@code item} says; before it, as it
 * was. For an auditor: the earlier state stays in the history, with the reason and who changed it.
 */
@Revision("1")
public record InventoryItemChanged(InventoryId inventoryId, InventoryItem item, LocalDate effectiveOn, String reason) {
}
