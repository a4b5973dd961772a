package org.gelplan.reporting.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in the audit hash chain: how many stored events the chain covers and the SHA-256 link of
 * the last of them (lower-case hex). Printed on reports so that a later rewrite of history is detectable
 * against what was published.
 *
 * @param length     number of events linked into the chain up to and including the head
 * @param head       the hex SHA-256 link of the last covered event (64 zeros for an empty chain)
 * @param recordedAt when the last covered event was stored (null for an empty chain)
 */
public record AuditAnchor(long length, String head, Instant recordedAt) {

    public AuditAnchor {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative");
        }
        Objects.requireNonNull(head, "head");
    }
}
