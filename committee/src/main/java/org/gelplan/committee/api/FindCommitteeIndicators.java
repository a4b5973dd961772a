package org.gelplan.committee.api;

import java.time.LocalDate;

/** Query: the committee's derived indicators (frequency, attendance, decisions on time) as of a day. */
public record FindCommitteeIndicators(String entityCode, LocalDate asOf) {
}
