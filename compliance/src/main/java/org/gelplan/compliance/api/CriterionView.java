package org.gelplan.compliance.api;

import org.gelplan.plan.api.Phase;

import java.time.LocalDate;

/**
 * A criterion of a plan as it stands: catalog identity, status, dates and evidence.
 *
 * @param overdue pending and past its target date as of the day asked about
 */
public record CriterionView(String code, String name, Phase phase, String categoryCode, String categoryName,
                            CriterionStatus status, LocalDate targetDate, LocalDate fulfilledOn, Evidence evidence,
                            String statusReason, boolean overdue) {
}
