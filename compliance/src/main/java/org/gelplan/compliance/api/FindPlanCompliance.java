package org.gelplan.compliance.api;

import org.gelplan.plan.api.PlanId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: every phase of a plan as it stood at the end of {@code asOf} (America/Bogota), counting only
 * what had been recorded by {@code knownAt} ("what did the system say then").
 *
 * @param knownAt     null for everything recorded so far
 */
public record FindPlanCompliance(PlanId planId, LocalDate asOf, Instant knownAt) {
}
