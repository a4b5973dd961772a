package org.gelplan.plan.summary;

import org.gelplan.plan.api.PlanSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One adopted plan's summary, keyed by plan id. */
@Document("plan_summaries")
record PlanSummaryDocument(@Id String id, String daneCode, PlanSummary summary) {
}
