package org.gelplan.committee.meeting;

import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One meeting, keyed by its id, with the entity it belongs to and its number for ordering. */
@Document("committee_meetings")
record MeetingDocument(@Id String id, String entityCode, int number, MeetingView meeting) {

    static MeetingDocument scheduled(MeetingId id, LocalDate scheduledFor, List<String> agenda) {
        return new MeetingDocument(id.value(), id.entityCode(), id.number(),
                new MeetingView(id.value(), MeetingStatus.SCHEDULED, scheduledFor, agenda, null, null, null, List.of()));
    }

    MeetingDocument held(MeetingHeld event) {
        var q = event.quorum();
        var session = new MeetingView.Session(event.heldOn(), ids(event.present()),
                event.delegate() == null ? null : event.delegate().value(), ids(q.votingMembers()), ids(q.presentVoting()),
                q.required(), q.presidedBy() == null ? null : q.presidedBy().value(), q.reached(),
                event.agendaCovered(), event.minutes(), event.documentRef());
        return with(new MeetingView(id, MeetingStatus.HELD, meeting.scheduledFor(), meeting.agenda(), session, null,
                meeting.minutesApproval(), meeting.decisions()));
    }

    MeetingDocument cancelled(LocalDate on, String reason) {
        return with(new MeetingView(id, MeetingStatus.CANCELLED, meeting.scheduledFor(), meeting.agenda(), null,
                new MeetingView.Cancellation(on, reason), null, meeting.decisions()));
    }

    MeetingDocument minutesApproved(MeetingId at, LocalDate on) {
        return with(new MeetingView(id, meeting.status(), meeting.scheduledFor(), meeting.agenda(), meeting.held(),
                meeting.cancellation(), new MeetingView.MinutesApproval(at.value(), on), meeting.decisions()));
    }

    /** Adds the decision once, however often the event is handled. */
    MeetingDocument withDecision(String decisionId) {
        List<String> decisions = new ArrayList<>(meeting.decisions());
        if (!decisions.contains(decisionId)) {
            decisions.add(decisionId);
        }
        return with(new MeetingView(id, meeting.status(), meeting.scheduledFor(), meeting.agenda(), meeting.held(),
                meeting.cancellation(), meeting.minutesApproval(), decisions));
    }

    private MeetingDocument with(MeetingView changed) {
        return new MeetingDocument(id, entityCode, number, changed);
    }

    private static List<String> ids(List<MemberId> members) {
        return members.stream().map(MemberId::value).toList();
    }
}
