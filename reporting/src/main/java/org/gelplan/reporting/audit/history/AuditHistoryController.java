package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gelplan.core.CurrentScope;
import org.gelplan.reporting.api.StoredEventLog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Control interno reads the full history in the store's global order, filtered and paged by cursor, as
 * JSON, JSON Lines or CSV, and the timeline of one item: who did what, when, why, citing which decision.
 */
@RestController
@Validated
@PreAuthorize("hasRole('CONTROL_INTERNO')")
class AuditHistoryController {

    /** Global indexes one request may read: bounded work per request, whatever the filters. */
    static final int READ_BUDGET = 5_000;

    private final HistoryReader reader;
    private final ObjectMapper json;

    AuditHistoryController(StoredEventLog log, ObjectMapper json) {
        this.reader = new HistoryReader(log, new HistoryItems(json), READ_BUDGET);
        this.json = json;
    }

    @GetMapping("/api/v1/audit/events")
    ResponseEntity<?> events(@RequestParam(required = false) String planId,
                             @RequestParam(required = false) String aggregateId,
                             @RequestParam(required = false) String type,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String subject,
                             @RequestParam(required = false) Instant from,
                             @RequestParam(required = false) Instant to,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
                             @RequestParam(defaultValue = "0") @Min(0) long cursor,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size,
                             @RequestParam(defaultValue = "json") String format) {
        HistoryPage page = reader.page(new HistoryFilter(planId, aggregateId, type, actor, subject, from, to,
                effectiveFrom, effectiveTo, CurrentScope.get()), cursor, size);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.next() != null) {
            ok.header("X-Next-Cursor", page.next().toString());
        }
        return switch (format) {
            case "jsonl" -> ok.contentType(MediaType.parseMediaType("application/x-ndjson"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history-" + cursor + ".jsonl\"")
                    .body(HistoryExport.jsonLines(page.items(), json));
            case "csv" -> ok.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history-" + cursor + ".csv\"")
                    .body(HistoryExport.csv(page.items()));
            default -> ok.body(page);
        };
    }

    /** The timeline of one item (criterion code, meeting, decision, indicator or report id) within a plan or entity. */
    @GetMapping("/api/v1/audit/timeline")
    TimelinePage timeline(@RequestParam(required = false) String planId, @RequestParam String item,
                          @RequestParam(defaultValue = "0") @Min(0) long cursor) {
        HistoryPage page = reader.page(new HistoryFilter(planId, null, null, null, item, null, null, null, null,
                CurrentScope.get()), cursor, 1000);
        List<TimelineEntry> entries = page.items().stream().map(TimelineEntry::of).toList();
        return new TimelinePage(item, entries, page.next());
    }

    record TimelinePage(String item, List<TimelineEntry> entries, Long next) {
    }

    /** Who did what, when (recorded and effective), why, citing which decision. */
    record TimelineEntry(Instant recordedAt, LocalDate effectiveOn, String who, String roles, String what,
                         String why, String decisionId, String eventId, long globalIndex) {

        static TimelineEntry of(HistoryItem i) {
            return new TimelineEntry(i.recordedAt(), i.effectiveOn(), i.actor(), i.actorRoles(), i.type(), i.reason(),
                    i.decisionId(), i.eventId(), i.globalIndex());
        }
    }
}
