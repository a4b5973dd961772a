package org.gelplan.plan.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gelplan.core.CurrentScope;

import java.util.regex.Pattern;

/**
 * A plan's id: the entity's DANE code and the year of its adopting resolution, e.g. {@code 86001-2009}.
 * One entity adopts at most one plan per year.
 */
public record PlanId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\d{3})?-\\d{4}");

    @JsonCreator
    public PlanId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A plan id is the DANE code and the year, e.g. 86001-2009: " + value);
        }
    }

    public static PlanId of(String daneCode, int year) {
        return new PlanId(daneCode + "-" + year);
    }

    /** A plan id taken from a URL: one that cannot exist is simply not found. */
    public static PlanId fromPath(String value) {
        if (!isValid(value)) {
            throw new PlanNotFound(value);
        }
        return new PlanId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /**
     * The plan a request path names, provided the caller acts for its entity.
     *
     * @throws PlanNotFound for a malformed id
     * @throws org.gelplan.core.OutOfScope when the caller's scope does not cover the entity
     */
    public static PlanId inCallersScope(String value) {
        if (!isValid(value)) {
            throw new PlanNotFound(value);
        }
        PlanId planId = new PlanId(value);
        CurrentScope.require(planId.daneCode());
        return planId;
    }

    /** The DANE code of the entity the plan belongs to. */
    public String daneCode() {
        return value.substring(0, value.indexOf('-'));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
