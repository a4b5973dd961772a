package org.gelplan.plan.inventory;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.core.GelTime;
import org.gelplan.plan.api.ChangeInventoryItem;
import org.gelplan.plan.api.ImportInventory;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItemChanged;
import org.gelplan.plan.api.InventoryItemListed;
import org.gelplan.plan.api.InventoryItemWithdrawn;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.plan.api.WithdrawInventoryItem;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An entity's trámites and servicios inventory (Tabla 7). One aggregate per entity, so that an
 * import is one command whose events are stored all or none. Rules live in {@link InventoryRules}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Inventory {

    @AggregateIdentifier
    private InventoryId inventoryId;
    private Map<String, ItemState> items = new HashMap<>();

    Inventory() {
        // for Axon and snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ListInventoryItem command, Clock clock) {
        apply(InventoryRules.list(command, items, GelTime.today(clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(ImportInventory command, Clock clock) {
        var events = InventoryRules.importAll(command, items, GelTime.today(clock));
        events.forEach(event -> apply(event));
        return events.size();
    }

    @CommandHandler
    void handle(ChangeInventoryItem command, Clock clock) {
        InventoryRules.change(command, items, GelTime.today(clock)).ifPresent(event -> apply(event));
    }

    @CommandHandler
    void handle(WithdrawInventoryItem command, Clock clock) {
        apply(InventoryRules.withdraw(command, items, GelTime.today(clock)));
    }

    @EventSourcingHandler
    void on(InventoryItemListed event) {
        inventoryId = event.inventoryId();
        items.put(event.item().code(), new ItemState(event.item(), event.item().listedOn(), null));
    }

    @EventSourcingHandler
    void on(InventoryItemChanged event) {
        items.put(event.item().code(), new ItemState(event.item(), event.effectiveOn(), null));
    }

    @EventSourcingHandler
    void on(InventoryItemWithdrawn event) {
        items.computeIfPresent(event.code(), (code, state) -> new ItemState(state.item(), event.withdrawnOn(), event.withdrawnOn()));
    }
}
