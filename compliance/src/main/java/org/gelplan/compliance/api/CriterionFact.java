package org.gelplan.compliance.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a criterion's timeline: who did what, when it happened and when it was recorded, why.
 *
 * @param effectiveOn  when it happened in the world (the fulfilment date, or the recording day)
 * @param recordedAt   when the system learned it (the event's timestamp)
 * @param retroactive  recorded after the quarter of its effective date had ended, so it changes a
 *                     quarter that may already have been reported
 */
public record CriterionFact(String eventId, FactType type, LocalDate effectiveOn, Instant recordedAt, String actor,
                            String reason, LocalDate targetDate, Evidence evidence, String decisionId,
                            boolean retroactive) {
}
