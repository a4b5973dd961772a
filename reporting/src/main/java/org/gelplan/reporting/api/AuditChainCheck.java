package org.gelplan.reporting.api;

/**
 * Recomputes the whole audit chain against the store and the witnessed checkpoints, as
 * {@code GET /api/v1/audit/verify} does, for the web pages. The role check is the caller's.
 */
public interface AuditChainCheck {

    Result verify();

    /**
     * Intact with its length and head, or the first broken link.
     *
     * @param breakKind the kind of the first break ({@code PAYLOAD_CHANGED}, {@code EVENT_VANISHED}, ...), null when intact
     * @param position  the chain position concerned, when known
     * @param eventId   the event concerned, when known
     * @param detail    a plain-language account (English)
     */
    record Result(boolean intact, long length, String head, long notYetLinked, int checkpoints, String breakKind,
                  Long position, String eventId, String detail) {
    }
}
