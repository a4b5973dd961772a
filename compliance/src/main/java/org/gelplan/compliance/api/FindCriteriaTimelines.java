package org.gelplan.compliance.api;

import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * Query: every criterion of a plan with its whole timeline, in catalog order, judged as of the end of
 * {@code asOf} with everything recorded so far. One lookup for readers that need all the stories at
 * once (reports), instead of one query per criterion.
 */
public record FindCriteriaTimelines(PlanId planId, LocalDate asOf) {
}
