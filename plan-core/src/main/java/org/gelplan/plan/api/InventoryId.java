package org.gelplan.plan.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * The trámites and servicios inventory of a territorial entity, e.g. {@code inventory-86001}: one per
 * entity. The prefix keeps it apart from plan and committee ids (aggregate ids are unique across types).
 */
public record InventoryId(String value) {

    private static final String PREFIX = "inventory-";
    private static final Pattern ENTITY_CODE = Pattern.compile("\\d{2}|\\d{5}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InventoryId {
        if (value == null || !value.startsWith(PREFIX) || !ENTITY_CODE.matcher(value.substring(PREFIX.length())).matches()) {
            throw new IllegalArgumentException("An inventory id is inventory- and a DANE code, e.g. inventory-86001: " + value);
        }
    }

    /** The inventory of an entity (its DANE code checked, e.g. by the caller's scope, beforehand). */
    public static InventoryId of(String entityCode) {
        return new InventoryId(PREFIX + entityCode);
    }

    public String entityCode() {
        return value.substring(PREFIX.length());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
