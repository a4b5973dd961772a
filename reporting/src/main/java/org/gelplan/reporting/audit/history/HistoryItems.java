package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.gelplan.reporting.api.LoggedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a stored event's JSON into a history item (nothing here ever reaches a database query). */
final class HistoryItems {

    /** Payload fields that carry the date a fact took effect, most specific first. */
    private static final List<String> EFFECTIVE_FIELDS = List.of("fulfilledOn", "effectiveOn", "heldOn",
            "completedOn", "cancelledOn", "approvedOn", "measuredOn", "acknowledgedOn", "revokedOn", "date");
    private static final Pattern DANE_CODE = Pattern.compile("(?<!\\d)(\\d{5})(?!\\d)");

    private final ObjectMapper json;

    HistoryItems(ObjectMapper json) {
        this.json = json;
    }

    HistoryItem of(LoggedEvent event) {
        JsonNode payload = parse(event.payload());
        JsonNode metaData = parse(event.metaData());
        String type = event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1).replace('$', '.');
        String reason = text(payload, "reason");
        return new HistoryItem(event.globalIndex(), event.eventId(), type, event.aggregateType(), event.aggregateId(),
                event.sequence(), entityOf(type, event.aggregateId(), payload), Instant.parse(event.timestamp()), effectiveOn(payload),
                text(metaData, "actor"), text(metaData, "actorRoles"), text(metaData, "correlationId"),
                text(metaData, "requestId"), reason != null ? reason : text(metaData, "reason"),
                text(payload, "decisionId"), "true".equals(text(metaData, "synthetic")), payload, metaData);
    }

    /**
     * The entity an event belongs to: its aggregate's DANE code, except for a reminder, which names its
     * entity in the payload: its id ({@code reminder-<hex hash>}) would otherwise give it no entity, or
     * whatever 5-digit run the hash happened to contain.
     */
    static String entityOf(String type, String aggregateId, JsonNode payload) {
        String declared = "ReminderSent".equals(type) ? text(payload, "entityCode") : null;
        return declared != null ? declared : entityOf(aggregateId);
    }

    /** The DANE code an aggregate belongs to ({@code 86001-2009}, {@code compliance-86001-2009}, {@code 86001}). */
    static String entityOf(String aggregateId) {
        Matcher matcher = DANE_CODE.matcher(aggregateId == null ? "" : aggregateId);
        return matcher.find() ? matcher.group(1) : null;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }

    private static LocalDate effectiveOn(JsonNode payload) {
        for (String field : EFFECTIVE_FIELDS) {
            String value = text(payload, field);
            if (value != null && value.length() == 10) {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException notADate) {
                    // another kind of field with the same name
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
