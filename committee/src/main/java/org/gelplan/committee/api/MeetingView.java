package org.gelplan.committee.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as it stands.
 *
 * @param held            the record of the session once held, else null
 * @param cancellation    when and why it was cancelled, else null
 * @param minutesApproval where its minutes were approved, else null
 * @param decisions       ids of the decisions taken in it
 */
public record MeetingView(String id, MeetingStatus status, LocalDate scheduledFor, List<String> agenda, Session held,
                          Cancellation cancellation, MinutesApproval minutesApproval, List<String> decisions) {

    /** The day the meeting is about: when it was held, else when it is scheduled for. */
    public LocalDate date() {
        return held != null ? held.heldOn() : scheduledFor;
    }

    /** The roll call, quorum and minutes of a held meeting; ids are member ids. */
    public record Session(LocalDate heldOn, List<String> present, String delegate, List<String> votingMembers,
                          List<String> presentVoting, int quorumRequired, String presidedBy, boolean quorum,
                          List<String> agendaCovered, String minutes, String documentRef) {
    }

    public record Cancellation(LocalDate cancelledOn, String reason) {
    }

    public record MinutesApproval(String atMeeting, LocalDate approvedOn) {
    }
}
