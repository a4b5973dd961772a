package org.gelplan.committee.rules;

import org.gelplan.committee.api.Member;

import java.time.LocalDate;

/** One appointment and the days it covers: from {@code appointedOn} up to the day before {@code removedOn}. */
record Tenure(Member member, LocalDate appointedOn, LocalDate removedOn) {

    boolean covers(LocalDate day) {
        return !appointedOn.isAfter(day) && (removedOn == null || removedOn.isAfter(day));
    }

    /** Whether it covers that day or any later one. */
    boolean reachesBeyond(LocalDate day) {
        return removedOn == null || removedOn.isAfter(day);
    }

    Tenure endingOn(LocalDate day) {
        return new Tenure(member, appointedOn, day);
    }
}
