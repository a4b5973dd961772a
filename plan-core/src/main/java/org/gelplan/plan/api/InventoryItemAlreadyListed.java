package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** An item is listed once; a later change to it is a {@link ChangeInventoryItem}. */
public class InventoryItemAlreadyListed extends DomainRuleViolation {

    public InventoryItemAlreadyListed(String code) {
        super(Kind.CONFLICT, "inventory.item-already-listed", code);
    }
}
