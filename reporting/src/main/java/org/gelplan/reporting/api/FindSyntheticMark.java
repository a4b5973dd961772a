package org.gelplan.reporting.api;

import org.gelplan.plan.api.PlanId;

/**
 * Query: whether anything shown of a plan was made up (a synthetic plan, or synthetic facts such as the
 * demo history), answered as a {@code Boolean} for the entity's current plan; false for any other plan.
 */
public record FindSyntheticMark(PlanId planId) {
}
