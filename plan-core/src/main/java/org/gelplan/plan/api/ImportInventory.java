package org.gelplan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Bring the inventory in line with a file, all or nothing: new codes are listed, changed ones are
 * changed effective {@code effectiveOn}, identical ones record nothing; codes absent from the file stay.
 */
public record ImportInventory(@TargetAggregateIdentifier InventoryId inventoryId, List<InventoryItem> items,
                              LocalDate effectiveOn, String reason) {

    public ImportInventory {
        items = List.copyOf(items);
    }
}
