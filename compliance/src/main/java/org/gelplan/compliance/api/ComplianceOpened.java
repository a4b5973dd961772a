package org.gelplan.compliance.api;

import org.axonframework.serialization.Revision;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plan's criteria started to be tracked. For the plan: every criterion of its catalog with the
 * state the diagnosis gave it (SI = fulfilled on the diagnosis date, NO = pending until its target
 * date) and the target percentage per phase. For an auditor: the starting line of compliance,
 * derived from the adopted plan by the system, not entered by anyone.
 */
@Revision("1")
public record ComplianceOpened(PlanId planId, String catalogVersion, LocalDate diagnosisDate,
                               Map<Phase, Integer> phaseTargets, List<OpenedCriterion> criteria) {
}
