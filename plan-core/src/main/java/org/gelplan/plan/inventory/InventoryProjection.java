package org.gelplan.plan.inventory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItemChanged;
import org.gelplan.plan.api.InventoryItemListed;
import org.gelplan.plan.api.InventoryItemWithdrawn;
import org.gelplan.plan.api.InventoryView;
import org.springframework.stereotype.Component;

/** The inventory read model: every version of every item per entity, answered for any day. */
@Component
@ProcessingGroup(InventoryProjection.GROUP)
class InventoryProjection {

    static final String GROUP = "plan-inventory";

    private final InventoryRepository inventories;

    InventoryProjection(InventoryRepository inventories) {
        this.inventories = inventories;
    }

    @EventHandler
    void on(InventoryItemListed event, EventMessage<?> message) {
        record(event.inventoryId(), event.item().code(), message,
                new InventoryView.Version(event.item().listedOn(), event.item(), null));
    }

    @EventHandler
    void on(InventoryItemChanged event, EventMessage<?> message) {
        record(event.inventoryId(), event.item().code(), message,
                new InventoryView.Version(event.effectiveOn(), event.item(), event.reason()));
    }

    @EventHandler
    void on(InventoryItemWithdrawn event, EventMessage<?> message) {
        record(event.inventoryId(), event.code(), message,
                new InventoryView.Version(event.withdrawnOn(), null, event.reason()));
    }

    @QueryHandler
    InventoryView handle(FindInventory query) {
        return inventories.findById(query.entityCode()).orElseGet(() -> InventoryDocument.empty(query.entityCode()))
                .on(query.asOf());
    }

    @ResetHandler
    void reset() {
        inventories.deleteAll();
    }

    private void record(InventoryId id, String code, EventMessage<?> message, InventoryView.Version version) {
        InventoryDocument inventory = inventories.findById(id.entityCode())
                .orElseGet(() -> InventoryDocument.empty(id.entityCode()));
        inventories.save(inventory.with(code, message.getIdentifier(), version));
    }
}
