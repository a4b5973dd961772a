package org.gelplan.committee.meeting;

import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One meeting, keyed by its id, with the entity it belongs to and its number for ordering, and when each
 * of its facts was recorded ({@code scheduled}, {@code held}, {@code cancelled}, {@code minutesApproved},
 * and each decision id), so the meeting "as the record stood" at an instant is answerable. Documents
 * written before the recording times were kept have none: their facts count as always known.
 */
@Document("committee_meetings")
record MeetingDocument(@Id String id, String entityCode, int number, MeetingView meeting, Map<String, Instant> recordedAt) {

    static final String SCHEDULED = "scheduled";
    static final String HELD = "held";
    static final String CANCELLED = "cancelled";
    static final String MINUTES_APPROVED = "minutesApproved";

    MeetingDocument {
        recordedAt = recordedAt == null ? Map.of() : recordedAt;
    }

    static MeetingDocument scheduled(MeetingId id, LocalDate scheduledFor, List<String> agenda, Instant recordedAt) {
        return new MeetingDocument(id.value(), id.entityCode(), id.number(),
                new MeetingView(id.value(), MeetingStatus.SCHEDULED, scheduledFor, agenda, null, null, null, List.of()),
                Map.of(SCHEDULED, recordedAt));
    }

    /** When that fact was recorded, for the projection to keep with the change. */
    MeetingDocument recorded(String fact, Instant at) {
        Map<String, Instant> times = new HashMap<>(recordedAt);
        times.put(fact, at);
        return new MeetingDocument(id, entityCode, number, meeting, times);
    }

    /** The meeting as recorded by {@code knownAt} (null: everything recorded); empty if not yet scheduled then. */
    Optional<MeetingView> asKnownAt(Instant knownAt) {
        if (knownAt == null) {
            return Optional.of(meeting);
        }
        if (!known(SCHEDULED, knownAt)) {
            return Optional.empty();
        }
        boolean held = meeting.held() != null && known(HELD, knownAt);
        boolean cancelled = meeting.cancellation() != null && known(CANCELLED, knownAt);
        MeetingStatus status = held ? MeetingStatus.HELD : cancelled ? MeetingStatus.CANCELLED : MeetingStatus.SCHEDULED;
        return Optional.of(new MeetingView(id, status, meeting.scheduledFor(), meeting.agenda(), held ? meeting.held() : null,
                cancelled ? meeting.cancellation() : null,
                known(MINUTES_APPROVED, knownAt) ? meeting.minutesApproval() : null,
                meeting.decisions().stream().filter(decision -> known(decision, knownAt)).toList()));
    }

    private boolean known(String fact, Instant knownAt) {
        Instant at = recordedAt.get(fact);
        return at == null || !at.isAfter(knownAt);
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
        return new MeetingDocument(id, entityCode, number, changed, recordedAt);
    }

    private static List<String> ids(List<MemberId> members) {
        return members.stream().map(MemberId::value).toList();
    }
}
