package org.gelplan.plan.api;

import java.time.LocalDate;

/** Query: an entity's inventory as it stood on a day (effective dates), with its shares; always answers. */
public record FindInventory(String entityCode, LocalDate asOf) {
}
