package org.gelplan.plan.inventory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.core.EventEntries;
import org.gelplan.plan.api.FindInventory;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItemChanged;
import org.gelplan.plan.api.InventoryItemListed;
import org.gelplan.plan.api.InventoryItemWithdrawn;
import org.gelplan.plan.api.InventoryView;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The inventory read model: every version of every item per entity, answered for any day. Each event is
 * one atomic update of its item's document (and a listing one of the entity's list of codes), never a
 * read and rewrite of the whole inventory, so its cost does not grow with the inventory.
 *
 * <p>The group was {@code plan-inventory} while the read model was one document per entity
 * ({@code plan_inventories}), then {@code plan-inventory-items} while each entity's codes were one list
 * ({@code plan_inventory_codes}); under each new name a store that had the old read model replays every
 * inventory event into the new collections on its first start (items already recorded are not recorded twice).
 */
@Component
@ProcessingGroup(InventoryProjection.GROUP)
class InventoryProjection {

    static final String GROUP = "plan-inventory-code-buckets";

    private final InventoryItemRepository items;
    private final InventoryCodesRepository codes;
    private final MongoOperations mongo;

    InventoryProjection(InventoryItemRepository items, InventoryCodesRepository codes, MongoOperations mongo) {
        this.items = items;
        this.codes = codes;
        this.mongo = mongo;
    }

    @EventHandler
    void on(InventoryItemListed event, EventMessage<?> message) {
        record(event.inventoryId(), event.item().code(), message,
                new InventoryView.Version(event.item().listedOn(), event.item(), null));
        mongo.upsert(Query.query(Criteria.where("_id").is(InventoryCodesDocument.id(event.inventoryId().entityCode(),
                        event.item().code()))), new Update().addToSet("codes", event.item().code()),
                InventoryCodesDocument.class);
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
        List<String> ids = codes.findAllById(InventoryCodesDocument.ids(query.entityCode())).stream()
                .flatMap(bucket -> bucket.codes().stream())
                .map(code -> InventoryItemDocument.id(query.entityCode(), code)).toList();
        return new InventoryHistory(query.entityCode(), ids.isEmpty() ? List.of() : items.findAllById(ids))
                .on(query.asOf());
    }

    @ResetHandler
    void reset() {
        items.deleteAll();
        codes.deleteAll();
    }

    private void record(InventoryId id, String code, EventMessage<?> message, InventoryView.Version version) {
        EventEntries.appendOnceCreating(mongo, InventoryItemDocument.class, InventoryItemDocument.id(id.entityCode(), code),
                "versions", message.getIdentifier(), new InventoryItemDocument.Recorded(message.getIdentifier(), version),
                new Update().setOnInsert("code", code));
    }
}
