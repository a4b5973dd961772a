package org.gelplan.plan.api;

import org.gelplan.core.DomainRuleViolation;

/** A withdrawn item can no longer change; list it again under a new code if it comes back. */
public class InventoryItemWithdrawnAlready extends DomainRuleViolation {

    public InventoryItemWithdrawnAlready(String code) {
        super(Kind.CONFLICT, "inventory.item-withdrawn", code);
    }
}
