package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.core.EntityScope;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The filters of {@code GET /audit/events}, applied in memory to events read by global index: user text
 * is compared with values, never handed to MongoDB. Every filter left null matches everything.
 *
 * @param subject an item the event concerns: a criterion code, meeting, decision, indicator or report id
 *                appearing as a value anywhere in the payload
 */
record HistoryFilter(String planId, String aggregateId, String type, String actor, String subject,
                     Instant from, Instant to, LocalDate effectiveFrom, LocalDate effectiveTo, EntityScope scope) {

    boolean matches(HistoryItem item) {
        return visible(item)
                && (aggregateId == null || aggregateId.equals(item.aggregateId()))
                && (type == null || type.equals(item.type()) || item.type().endsWith("." + type))
                && (actor == null || actor.equals(item.actor()))
                && (from == null || !item.recordedAt().isBefore(from))
                && (to == null || item.recordedAt().isBefore(to))
                && (effectiveFrom == null || item.effectiveOn() != null && !item.effectiveOn().isBefore(effectiveFrom))
                && (effectiveTo == null || item.effectiveOn() != null && !item.effectiveOn().isAfter(effectiveTo))
                && (planId == null || planId.equals(item.aggregateId()) || item.aggregateId().endsWith("-" + planId)
                    || mentions(item.payload().get("planId"), planId))
                && (subject == null || mentions(item.payload(), subject));
    }

    /** Events of an entity outside the caller's scope are not shown; events of no entity only nationally. */
    private boolean visible(HistoryItem item) {
        return item.entity() == null ? scope.isNational() : scope.covers(item.entity());
    }

    private static boolean mentions(JsonNode node, String value) {
        if (node == null) {
            return false;
        }
        if (node.isValueNode()) {
            return value.equals(node.asText());
        }
        for (JsonNode child : node) {
            if (mentions(child, value)) {
                return true;
            }
        }
        return false;
    }
}
