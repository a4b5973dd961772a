package org.gelplan.reporting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An entity's plan de mejoramiento, e.g. {@code improvement-86001}: its findings and their improvement
 * actions, numbered in order ({@code 86001-H001}, {@code 86001-H001-A01}).
 */
public record ImprovementPlanId(String value) {

    private static final Pattern FORMAT = Pattern.compile("improvement-(\\d{2}|\\d{5})");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ImprovementPlanId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("An improvement plan id is improvement- and a DANE code: " + value);
        }
    }

    public static ImprovementPlanId of(String entityCode) {
        return new ImprovementPlanId("improvement-" + entityCode);
    }

    public String entityCode() {
        return value.substring("improvement-".length());
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
