package org.gelplan.committee.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Query: a committee's meetings in order of scheduling.
 *
 * @param status  only this status, or all when null
 * @param from    only meetings whose date (held on, else scheduled for) is on or after it; null for no bound
 * @param to      only meetings whose date is on or before it; null for no bound
 * @param knownAt each meeting as recorded by then (a session recorded later is not yet held); null for now
 */
public record ListMeetings(String entityCode, MeetingStatus status, LocalDate from, LocalDate to, Instant knownAt) {

    public ListMeetings(String entityCode, MeetingStatus status, LocalDate from, LocalDate to) {
        this(entityCode, status, from, to, null);
    }
}
