package org.gelplan.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Per-phase compliance of one plan as of a day, as known at an instant. */
public record PlanCompliance(String planId, String catalogVersion, LocalDate asOf, Instant knownAt,
                             List<PhaseCompliance> phases) {
}
