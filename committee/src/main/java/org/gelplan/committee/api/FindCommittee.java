package org.gelplan.committee.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: an entity's committee with its membership as it stood at the end of {@code asOf}, counting only
 * what had been recorded by {@code knownAt} ("what did the record say then").
 *
 * @param knownAt null for everything recorded so far
 */
public record FindCommittee(String entityCode, LocalDate asOf, Instant knownAt) {

    public FindCommittee(String entityCode, LocalDate asOf) {
        this(entityCode, asOf, null);
    }
}
