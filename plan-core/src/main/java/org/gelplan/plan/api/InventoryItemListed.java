package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

/**
 * A procedure or service entered the entity's inventory.
 *
 * <p>For the plan: from its {@code listedOn} day it counts in the "% de trámites / servicios publicados,
 * automatizados, en línea" of Tabla 7, with the flags it carries. For an auditor: who listed it (metadata).
 */
@Revision("1")
public record InventoryItemListed(InventoryId inventoryId, InventoryItem item) {
}
