package org.gelplan.plan.api;

import java.util.List;
import java.util.Map;

/**
 * Adopt a territorial entity's Plan de Acción de Gobierno en Línea (Article 1 of the resolution).
 *
 * @param phaseTargets share of applicable criteria to fulfil per phase (Tabla 7); phases left out
 *                     take the catalog's default
 */
public record AdoptPlan(PlanId planId, TerritorialEntity entity, Resolution resolution, String catalogVersion,
                        Diagnosis diagnosis, List<String> preliminaryCommitments, String vision,
                        String generalObjective, List<String> specificObjectives, List<String> actionLines,
                        Map<Phase, Integer> phaseTargets) {
}
