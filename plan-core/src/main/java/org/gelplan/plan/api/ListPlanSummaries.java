package org.gelplan.plan.api;

import org.gelplan.core.EntityScope;

/** Query: the summaries of every plan of the entities in a scope. */
public record ListPlanSummaries(EntityScope scope) {
}
