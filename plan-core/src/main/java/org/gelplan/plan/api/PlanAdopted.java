package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.Map;

/**
 * A territorial entity adopted its Plan de Acción de Gobierno en Línea.
 *
 * <p>For the plan: its strategic frame (vision, objectives, action lines), the catalog it is
 * measured against, the target percentage per phase, and the diagnosis that is the starting state
 * of every criterion (SI = fulfilled on the diagnosis date, NO = pending until its target date).
 * For an auditor: the resolution that gives the plan legal force, and who recorded it (metadata).
 *
 * @param phaseTargets complete: one target per phase, defaults already applied
 */
@Revision("1")
public record PlanAdopted(PlanId planId, TerritorialEntity entity, Resolution resolution, String catalogVersion,
                          Diagnosis diagnosis, List<String> preliminaryCommitments, String vision,
                          String generalObjective, List<String> specificObjectives, List<String> actionLines,
                          Map<Phase, Integer> phaseTargets) {
}
