package org.gelplan.compliance.overview;

import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.plan.api.Resolution;
import org.gelplan.plan.api.TerritorialEntity;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan at a glance: who adopted it and how, and per phase its deadline, target and compliance
 * as of a day.
 */
record PlanOverview(String planId, TerritorialEntity entity, Resolution resolution, String catalogVersion,
                    LocalDate asOf, List<PhaseCompliance> phases, PlanSummary plan) {
}
