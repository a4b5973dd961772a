package org.gelplan.compliance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Start tracking the criteria of an adopted plan from its diagnosis (sent by a policy on {@code PlanAdopted}). */
public record OpenCompliance(@TargetAggregateIdentifier ComplianceId complianceId, PlanId planId, String catalogVersion,
                             LocalDate diagnosisDate, Map<Phase, Integer> phaseTargets, List<OpenedCriterion> criteria) {
}
