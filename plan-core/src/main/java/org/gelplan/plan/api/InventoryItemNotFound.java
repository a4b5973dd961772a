package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** The entity's inventory lists no item with this code. */
public class InventoryItemNotFound extends DomainRuleViolation {

    public InventoryItemNotFound(String entityCode, String code) {
        super(Kind.NOT_FOUND, "inventory.item-not-found", code, entityCode);
    }
}
