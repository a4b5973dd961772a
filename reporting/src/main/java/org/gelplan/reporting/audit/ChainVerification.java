package org.gelplan.reporting.audit;

import org.springframework.modulith.NamedInterface;

/**
 * The outcome of recomputing the chain: intact with its length and head, or the first break.
 *
 * @param length           events linked and checked (up to the break, if any)
 * @param head             the recomputed link of the last checked entry
 * @param notYetLinked     events stored after the chain's frontier, which the builder has not linked yet
 * @param checkpoints      how many witnessed checkpoints were checked
 * @param firstBreak       null when intact
 */
@NamedInterface("audit-export")
public record ChainVerification(boolean intact, long length, String head, long notYetLinked, int checkpoints,
                                ChainBreak firstBreak) {
}
