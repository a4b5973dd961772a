package org.gelplan.plan.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An indicator within its plan, e.g. {@code T7-A1-I1} or {@code 86001-2009-IND-07}. */
public record IndicatorId(String value) {

    @JsonCreator
    public IndicatorId {
        ItemIds.require(value, "indicator");
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
