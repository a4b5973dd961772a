package org.gelplan.compliance.api;

import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * A deadline that has passed and is not yet on record: a criterion's target date (with its code)
 * or a phase's deadline (code null).
 */
public record DueDeadline(PlanId planId, Phase phase, String code, LocalDate deadline) {

    public boolean isPhase() {
        return code == null;
    }
}
