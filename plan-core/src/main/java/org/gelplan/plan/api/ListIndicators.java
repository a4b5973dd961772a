package org.gelplan.plan.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: every indicator of the plan, in definition order, as of a day; {@link PlanNotFound} for an unknown plan.
 *
 * @param knownAt when not {@code null}, only what had been recorded by this instant (indicators defined and
 *                measurements recorded up to it), as control interno's replay asks; otherwise what was recorded
 *                by the end of {@code asOf}
 */
public record ListIndicators(PlanId planId, LocalDate asOf, Instant knownAt) {

    public ListIndicators(PlanId planId, LocalDate asOf) {
        this(planId, asOf, null);
    }
}
