package org.gelplan.committee.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.MeetingCancelled;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MinutesApproved;
import org.springframework.stereotype.Component;

import java.time.Instant;
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
    void on(MeetingScheduled event, @Timestamp Instant recordedAt) {
        meetings.save(MeetingDocument.scheduled(event.meetingId(), event.scheduledFor(), event.agenda(), recordedAt));
    }

    @EventHandler
    void on(MeetingHeld event, @Timestamp Instant recordedAt) {
        change(event.meetingId(), meeting -> meeting.held(event).recorded(MeetingDocument.HELD, recordedAt));
    }

    @EventHandler
    void on(MeetingCancelled event, @Timestamp Instant recordedAt) {
        change(event.meetingId(), meeting -> meeting.cancelled(event.cancelledOn(), event.reason())
                .recorded(MeetingDocument.CANCELLED, recordedAt));
    }

    @EventHandler
    void on(MinutesApproved event, @Timestamp Instant recordedAt) {
        change(event.meetingId(), meeting -> meeting.minutesApproved(event.atMeeting(), event.approvedOn())
                .recorded(MeetingDocument.MINUTES_APPROVED, recordedAt));
    }

    @EventHandler
    void on(DecisionRecorded event, @Timestamp Instant recordedAt) {
        String decision = event.decisionId().value();
        change(event.meetingId(), meeting -> meeting.withDecision(decision).recorded(decision, recordedAt));
    }

    @ResetHandler
    void reset() {
        meetings.deleteAll();
    }

    private void change(MeetingId id, UnaryOperator<MeetingDocument> change) {
        meetings.findById(id.value()).ifPresent(meeting -> meetings.save(change.apply(meeting)));
    }
}
