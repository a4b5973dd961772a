package org.gelplan.committee.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.MeetingCancelled;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MinutesApproved;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * The meetings read model: one document per meeting, rebuilt from the events on reset. In the
 * committee processing group, so a meeting's events arrive in order; saving by id makes them idempotent.
 */
@Component
@ProcessingGroup("committee")
class MeetingProjection {

    private final MeetingRepository meetings;

    MeetingProjection(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(MeetingScheduled event) {
        meetings.save(MeetingDocument.scheduled(event.meetingId(), event.scheduledFor(), event.agenda()));
    }

    @EventHandler
    void on(MeetingHeld event) {
        change(event.meetingId(), meeting -> meeting.held(event));
    }

    @EventHandler
    void on(MeetingCancelled event) {
        change(event.meetingId(), meeting -> meeting.cancelled(event.cancelledOn(), event.reason()));
    }

    @EventHandler
    void on(MinutesApproved event) {
        change(event.meetingId(), meeting -> meeting.minutesApproved(event.atMeeting(), event.approvedOn()));
    }

    @EventHandler
    void on(DecisionRecorded event) {
        change(event.meetingId(), meeting -> meeting.withDecision(event.decisionId().value()));
    }

    @ResetHandler
    void reset() {
        meetings.deleteAll();
    }

    private void change(MeetingId id, UnaryOperator<MeetingDocument> change) {
        meetings.findById(id.value()).ifPresent(meeting -> meetings.save(change.apply(meeting)));
    }
}
