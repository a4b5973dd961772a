package org.gelplan.compliance.api;

import java.time.LocalDate;
import java.util.List;

/** Per-phase compliance of one plan as of a day. */
public record PlanCompliance(String planId, String catalogVersion, LocalDate asOf, List<PhaseCompliance> phases) {
}
