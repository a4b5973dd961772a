package org.gelplan.reporting.publicpage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a citizen sees of a plan (Art. 3): the entity, the adopting resolution, compliance per phase
 * today, and the published reports with their hashes. No user ids, nothing unpublished.
 */
record PublicPlan(String planId, String entity, String department, String resolution, LocalDate resolutionDate,
                  LocalDate asOf, List<Phase> phases, List<PublishedReport> reports) {

    record Phase(String code, String name, LocalDate deadline, int targetPercent, int applicable, int fulfilled,
                 double percent, String status) {
    }

    /** @param supersededBy the correction that replaced this version, or null for the current one */
    record PublishedReport(String quarter, int version, String state, String sha256, String anchor, Instant publishedAt,
                           LocalDate dueDate, boolean late, String correctionReason, Integer supersededBy,
                           boolean acknowledged, String html, String pdf, String json) {
    }
}
