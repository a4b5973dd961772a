package org.gelplan.committee.rules;

import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.Quorum;

import java.time.LocalDate;
import java.util.List;

/** What the rules need to know of a meeting. */
record MeetingState(MeetingId id, LocalDate scheduledFor, List<String> agenda, MeetingStatus status, LocalDate heldOn,
                    Quorum quorum, MeetingId minutesApprovedAt) {

    static MeetingState scheduled(MeetingId id, LocalDate scheduledFor, List<String> agenda) {
        return new MeetingState(id, scheduledFor, List.copyOf(agenda), MeetingStatus.SCHEDULED, null, null, null);
    }

    MeetingState held(LocalDate on, Quorum judged) {
        return new MeetingState(id, scheduledFor, agenda, MeetingStatus.HELD, on, judged, null);
    }

    MeetingState cancelled() {
        return new MeetingState(id, scheduledFor, agenda, MeetingStatus.CANCELLED, null, null, null);
    }

    MeetingState minutesApprovedAt(MeetingId at) {
        return new MeetingState(id, scheduledFor, agenda, status, heldOn, quorum, at);
    }

    /** Held after the other meeting: on a later day, or on the same day but scheduled after it. */
    boolean heldAfter(MeetingState other) {
        return heldOn.isAfter(other.heldOn) || (heldOn.equals(other.heldOn) && id.number() > other.id.number());
    }
}
