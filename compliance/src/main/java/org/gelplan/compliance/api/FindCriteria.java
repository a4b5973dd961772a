package org.gelplan.compliance.api;

import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: a plan's criteria in catalog order, as they stood at the end of {@code asOf} according to
 * what had been recorded by {@code knownAt}.
 *
 * @param phase       only this phase, or all when null
 * @param status      only this status, or all when null
 * @param overdueOnly only criteria overdue as of {@code asOf}
 *
 * @param knownAt     null for everything recorded so far
 */
public record FindCriteria(PlanId planId, Phase phase, CriterionStatus status, boolean overdueOnly, LocalDate asOf,
                           Instant knownAt) {
}
