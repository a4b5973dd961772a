package org.gelplan.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Control interno's history and timelines (SPEC §5) for callers other than the REST controllers (the web
 * pages): the same reader, filters, cursor and entity scope as {@code GET /api/v1/audit/events} and
 * {@code /audit/timeline}. The role check is the caller's; the caller's entity scope is applied here.
 */
public interface AuditHistoryReads {

    /** One page in the store's global order; pass {@link Page#next()} as {@code cursor} for the following one. */
    Page history(Filter filter, long cursor, int size);

    /** Everything that concerns one item (criterion code, meeting, decision, indicator or report id). */
    Page timeline(String planId, String item, long cursor);

    /** Every field null matches everything; {@code from} inclusive, {@code to} exclusive (recording instants). */
    record Filter(String planId, String type, String actor, String subject, Instant from, Instant to) {
    }

    /** @param next the cursor of the following page, null at the end of the store */
    record Page(List<Entry> entries, Long next) {
    }

    /** Who did what, when (recorded and effective), why, citing which decision. */
    record Entry(long globalIndex, String eventId, String type, String aggregateId, Instant recordedAt,
                 LocalDate effectiveOn, String actor, String actorRoles, String reason, String decisionId) {

        /** The event type without its package, e.g. {@code CriterionFulfilled}. */
        public String shortType() {
            return type.substring(type.lastIndexOf('.') + 1);
        }
    }
}
