package org.gelplan.plan.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a plan says about itself: entity, resolution, strategic frame, catalog and targets, and
 * the diagnosis's provenance. Per-criterion state lives with compliance.
 */
public record PlanSummary(String planId, TerritorialEntity entity, Resolution resolution, String catalogVersion,
                          LocalDate diagnosisDate, String diagnosisMadeWith, String diagnosisMethodology,
                          List<DiagnosisAnswer> categoryNotes, List<DiagnosisAnswer> maturity,
                          List<String> preliminaryCommitments, String vision, String generalObjective,
                          List<String> specificObjectives, List<String> actionLines,
                          Map<Phase, Integer> phaseTargets, Instant adoptedAt, String adoptedBy) {
}
