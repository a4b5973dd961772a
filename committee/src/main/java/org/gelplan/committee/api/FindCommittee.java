package org.gelplan.committee.api;

import java.time.LocalDate;

/** Query: an entity's committee with its membership as it stood at the end of {@code asOf}. */
public record FindCommittee(String entityCode, LocalDate asOf) {
}
