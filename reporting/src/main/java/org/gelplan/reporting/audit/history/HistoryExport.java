package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A slice of the history as JSON Lines (one item per line) or CSV (RFC 4180, spreadsheet-safe). */
final class HistoryExport {

    private static final List<String> COLUMNS = List.of("globalIndex", "recordedAt", "effectiveOn", "type",
            "aggregateId", "sequence", "actor", "actorRoles", "correlationId", "requestId", "reason", "decisionId",
            "synthetic", "eventId", "payload");

    private HistoryExport() {
    }

    static String jsonLines(List<HistoryItem> items, ObjectMapper json) {
        StringBuilder out = new StringBuilder();
        for (HistoryItem item : items) {
            try {
                out.append(json.writeValueAsString(item)).append('\n');
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    static String csv(List<HistoryItem> items) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (HistoryItem i : items) {
            out.append(Stream.of(i.globalIndex(), i.recordedAt(), i.effectiveOn(), i.type(), i.aggregateId(),
                            i.sequence(), i.actor(), i.actorRoles(), i.correlationId(), i.requestId(), i.reason(),
                            i.decisionId(), i.synthetic(), i.eventId(), i.payload())
                    .map(v -> cell(Objects.toString(v, ""))).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    /** Quotes every cell; a cell a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
