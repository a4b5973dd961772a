package org.gelplan.plan.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One action of Tabla 7 (the operational framework) within its plan, e.g. {@code T7-A1}. */
public record ActionId(String value) {

    @JsonCreator
    public ActionId {
        ItemIds.require(value, "action");
    }

    public static boolean isValid(String value) {
        return ItemIds.isValid(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
