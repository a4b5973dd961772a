package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheduled meeting was held.
 *
 * <p>For the plan: it counts for the meeting-frequency indicator of its month and for attendance;
 * only with {@link Quorum#reached()} may it carry decisions or approve minutes. For an auditor: the
 * roll call, the quorum base of that day and how the quorum was judged, the minutes and where the
 * signed copy is kept.
 *
 * @param present the roll call: members and invitees present
 */
@Revision("1")
public record MeetingHeld(CommitteeId committeeId, MeetingId meetingId, LocalDate heldOn, List<MemberId> present,
                          MemberId delegate, Quorum quorum, List<String> agendaCovered, String minutes,
                          String documentRef) {

    public MeetingHeld {
        present = List.copyOf(present);
        agendaCovered = List.copyOf(agendaCovered);
    }
}
