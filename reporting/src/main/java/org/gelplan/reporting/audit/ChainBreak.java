package org.gelplan.reporting.audit;

import org.springframework.modulith.NamedInterface;

/**
 * The first place where the store and the chain disagree.
 *
 * @param position    the chain position concerned (null for an event the chain never linked)
 * @param eventId     the event concerned (the stored one, or the one the chain expected)
 * @param globalIndex where that event is (or was) stored in the global sequence
 * @param detail      a plain-language account for the auditor (English; the web layer localises the kind)
 */
@NamedInterface("audit-export")
public record ChainBreak(Kind kind, Long position, String eventId, Long globalIndex, String aggregateType,
                         String aggregateId, String detail) {

    public enum Kind {
        /** The stored payload is not what was linked. */
        PAYLOAD_CHANGED,
        /** The stored metadata (actor, roles, correlation, request) is not what was linked. */
        METADATA_CHANGED,
        /** Identifiers, global index, timestamp or type changed while payload and metadata did not. */
        IDENTIFIERS_CHANGED,
        /** The chain links an event the store no longer holds. */
        EVENT_VANISHED,
        /** Two events changed places in the global sequence. */
        REORDERED,
        /** Another event now sits where the linked one was stored. */
        EVENT_REPLACED,
        /** The store holds an event the chain never linked (forged, or inserted behind the builder's back). */
        MISSING_FROM_CHAIN,
        /** A position of the chain has no entry while later ones do. */
        CHAIN_ENTRY_MISSING,
        /** A chain entry does not follow from the one before it. */
        CHAIN_REWRITTEN,
        /** The chain no longer extends a checkpoint that control interno witnessed. */
        WITNESSED_CHECKPOINT_REWRITTEN
    }
}
