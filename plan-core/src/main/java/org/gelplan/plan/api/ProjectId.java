package org.gelplan.plan.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One row of Tabla 1 (the project matrix) within its plan, e.g. {@code T1-P06}. */
public record ProjectId(String value) {

    @JsonCreator
    public ProjectId {
        ItemIds.require(value, "project");
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
