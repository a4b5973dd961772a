package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An item left the inventory: from {@code withdrawnOn} it no longer counts in the percentages.
 * For an auditor: it stays in the history, with the reason and who withdrew it.
 */
@Revision("1")
public record InventoryItemWithdrawn(InventoryId inventoryId, String code, LocalDate withdrawnOn, String reason) {
}
