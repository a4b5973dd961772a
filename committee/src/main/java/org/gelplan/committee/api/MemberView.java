package org.gelplan.committee.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One appointment to the committee, past or present.
 *
 * @param id     e.g. {@code 86001-M05}
 * @param name   the person's name, where known
 * @param voting a member (counts in the quorum base), not an invitee
 * @param removedOn the first day they were no longer on the committee; null while they are
 */
public record MemberView(String id, String position, String name, List<CommitteeRole> roles, boolean voting, String note,
                         LocalDate appointedOn, String appointmentReason, LocalDate removedOn, String removalReason) {

    /** Whether the appointment covered that day. */
    public boolean onCommitteeOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (removedOn == null || removedOn.isAfter(day));
    }
}
