package org.gelplan.compliance.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gelplan.plan.api.PlanId;

/**
 * The id of a plan's compliance record, {@code compliance-86001-2009}: one per plan, distinct from
 * the plan's own id because every aggregate id is unique in the event store.
 */
public record ComplianceId(PlanId planId) {

    private static final String PREFIX = "compliance-";

    public ComplianceId {
        if (planId == null) {
            throw new IllegalArgumentException("a compliance id needs a plan id");
        }
    }

    public static ComplianceId of(PlanId planId) {
        return new ComplianceId(planId);
    }

    @JsonCreator
    public static ComplianceId parse(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a compliance id: " + value);
        }
        return new ComplianceId(new PlanId(value.substring(PREFIX.length())));
    }

    @JsonValue
    @Override
    public String toString() {
        return PREFIX + planId.value();
    }
}
