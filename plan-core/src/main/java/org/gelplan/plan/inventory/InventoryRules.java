package org.gelplan.plan.inventory;

import org.gelplan.plan.api.ChangeInventoryItem;
import org.gelplan.plan.api.ImportInventory;
import org.gelplan.plan.api.InvalidInventoryItem;
import org.gelplan.plan.api.InventoryId;
import org.gelplan.plan.api.InventoryItem;
import org.gelplan.plan.api.InventoryItemAlreadyListed;
import org.gelplan.plan.api.InventoryItemChanged;
import org.gelplan.plan.api.InventoryItemListed;
import org.gelplan.plan.api.InventoryItemNotFound;
import org.gelplan.plan.api.InventoryItemWithdrawn;
import org.gelplan.plan.api.InventoryItemWithdrawnAlready;
import org.gelplan.plan.api.ListInventoryItem;
import org.gelplan.plan.api.WithdrawInventoryItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The inventory's rules: a code is listed once; facts (listed, published, automated, on line, a change,
 * a withdrawal) are not dated in the future; a change is not dated before the item's last change; a
 * withdrawn item no longer changes; a change that changes nothing records nothing.
 */
final class InventoryRules {

    private InventoryRules() {
    }

    static InventoryItemListed list(ListInventoryItem command, Map<String, ItemState> items, LocalDate today) {
        InventoryItem item = valid(command.item(), today);
        if (items.containsKey(item.code())) {
            throw new InventoryItemAlreadyListed(item.code());
        }
        return new InventoryItemListed(command.inventoryId(), item);
    }

    static Optional<InventoryItemChanged> change(ChangeInventoryItem command, Map<String, ItemState> items, LocalDate today) {
        InventoryItem item = valid(command.item(), today);
        ItemState state = changeable(command.inventoryId(), item.code(), items, "effectiveOn", command.effectiveOn(), today);
        return state.item().equals(item) ? Optional.empty()
                : Optional.of(new InventoryItemChanged(command.inventoryId(), item, command.effectiveOn(), command.reason()));
    }

    static InventoryItemWithdrawn withdraw(WithdrawInventoryItem command, Map<String, ItemState> items, LocalDate today) {
        changeable(command.inventoryId(), command.code(), items, "withdrawnOn", command.withdrawnOn(), today);
        return new InventoryItemWithdrawn(command.inventoryId(), command.code(), command.withdrawnOn(), command.reason());
    }

    /** Every item of the file is checked before anything is applied: one broken item refuses the whole import. */
    static List<Object> importAll(ImportInventory command, Map<String, ItemState> items, LocalDate today) {
        Set<String> seen = new HashSet<>();
        for (InventoryItem item : command.items()) {
            if (!seen.add(item.code())) {
                throw new InvalidInventoryItem("inventory.duplicate-code", item.code());
            }
        }
        List<Object> events = new ArrayList<>();
        for (InventoryItem item : command.items()) {
            if (items.containsKey(item.code())) {
                change(new ChangeInventoryItem(command.inventoryId(), item, command.effectiveOn(), command.reason()),
                        items, today).ifPresent(events::add);
            } else {
                events.add(list(new ListInventoryItem(command.inventoryId(), item), items, today));
            }
        }
        return events;
    }

    /** A listed, not withdrawn item, changed on a day that has come and is not before its last change. */
    private static ItemState changeable(InventoryId id, String code, Map<String, ItemState> items, String field,
                                        LocalDate on, LocalDate today) {
        ItemState state = items.get(code);
        if (state == null) {
            throw new InventoryItemNotFound(id.entityCode(), code);
        }
        if (state.withdrawn()) {
            throw new InventoryItemWithdrawnAlready(code);
        }
        notInFuture(field, on, today);
        if (on.isBefore(state.lastEffectiveOn())) {
            throw new InvalidInventoryItem("inventory.change-before-last", code, on.toString(),
                    state.lastEffectiveOn().toString());
        }
        return state;
    }

    static InventoryItem valid(InventoryItem item, LocalDate today) {
        Objects.requireNonNull(item.kind(), "kind");
        notInFuture("listedOn", item.listedOn(), today);
        notInFuture("publishedOn", item.publishedOn(), today);
        notInFuture("automatedOn", item.automatedOn(), today);
        notInFuture("onlineOn", item.onlineOn(), today);
        return item;
    }

    private static void notInFuture(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            throw new InvalidInventoryItem("inventory.date-in-future", field, day.toString(), today.toString());
        }
    }
}
