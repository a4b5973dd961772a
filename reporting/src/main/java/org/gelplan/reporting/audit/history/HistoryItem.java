package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored event for control interno: where it sits in the global order, what happened (type and
 * payload), who did it and within which request (metadata), and both dates — when it was recorded and,
 * where the event has one, the date it took effect.
 */
public record HistoryItem(long globalIndex, String eventId, String type, String aggregateType, String aggregateId,
                          long sequence, String entity, Instant recordedAt, LocalDate effectiveOn, String actor,
                          String actorRoles, String correlationId, String requestId, String reason,
                          String decisionId, boolean synthetic, JsonNode payload, JsonNode metaData) {
}
