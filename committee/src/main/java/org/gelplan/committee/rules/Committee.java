package org.gelplan.committee.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.committee.api.AppointMember;
import org.gelplan.committee.api.ApproveMinutes;
import org.gelplan.committee.api.CancelMeeting;
import org.gelplan.committee.api.CommitteeConstituted;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.ConstituteCommittee;
import org.gelplan.committee.api.DecisionCompleted;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.MeetingCancelled;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MemberAppointed;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.MinutesApproved;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.RecordDecision;
import org.gelplan.committee.api.RemoveMember;
import org.gelplan.committee.api.ScheduleMeeting;
import org.gelplan.core.GelTime;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An entity's Comité GEL: its membership over time, its meetings and its decisions. One aggregate,
 * because the quorum of a meeting, its roll call, its decisions and the approval of its minutes all
 * depend on the membership and on other meetings at once. The rules live in the classes it calls.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Committee {

    @AggregateIdentifier
    private CommitteeId committeeId;
    private LocalDate constitutedOn;
    private Roster roster;
    private Register register;

    Committee() {
        // for Axon and snapshots
    }

    @CommandHandler
    Committee(ConstituteCommittee command, Clock clock) {
        apply(Constitution.constitute(command, GelTime.today(clock)));
    }

    @CommandHandler
    MemberId handle(AppointMember command, Clock clock) {
        MemberAppointed appointed = Membership.appoint(command, constitutedOn, roster, register.lastHeldOn(),
                GelTime.today(clock));
        apply(appointed);
        return appointed.member().memberId();
    }

    @CommandHandler
    void handle(RemoveMember command, Clock clock) {
        apply(Membership.remove(command, roster, register.lastHeldOn(), GelTime.today(clock)));
    }

    @CommandHandler
    MeetingId handle(ScheduleMeeting command) {
        MeetingId id = register.nextMeetingId(committeeId.entityCode());
        apply(MeetingRules.schedule(command, constitutedOn, id));
        return id;
    }

    @CommandHandler
    Quorum handle(HoldMeeting command, Clock clock) {
        MeetingHeld held = MeetingRules.hold(command, register.meeting(command.meetingId()), roster, GelTime.today(clock));
        apply(held);
        return held.quorum();
    }

    @CommandHandler
    void handle(CancelMeeting command, Clock clock) {
        apply(MeetingRules.cancel(command, register.meeting(command.meetingId()), GelTime.today(clock)));
    }

    @CommandHandler
    void handle(ApproveMinutes command) {
        apply(MeetingRules.approveMinutes(command, register.meeting(command.meetingId()),
                register.meeting(command.atMeeting())));
    }

    @CommandHandler
    DecisionId handle(RecordDecision command) {
        DecisionId id = register.nextDecisionId(committeeId.entityCode());
        apply(DecisionRules.record(command, register.meeting(command.meetingId()), roster, id));
        return id;
    }

    @CommandHandler
    void handle(CompleteDecision command, Clock clock) {
        apply(DecisionRules.complete(command, register.decision(command.decisionId()), GelTime.today(clock)));
    }

    @EventSourcingHandler
    void on(CommitteeConstituted event) {
        committeeId = event.committeeId();
        constitutedOn = event.constitutedOn();
        roster = new Roster(event.members().stream().map(m -> new Tenure(m, event.constitutedOn(), null)).toList());
        register = Register.empty();
    }

    @EventSourcingHandler
    void on(MemberAppointed event) {
        roster = roster.with(new Tenure(event.member(), event.effectiveOn(), null));
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        roster = roster.ending(event.memberId(), event.effectiveOn());
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        register = register.with(MeetingState.scheduled(event.meetingId(), event.scheduledFor(), event.agenda()));
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        register = register.with(register.meeting(event.meetingId()).held(event.heldOn(), event.quorum()));
    }

    @EventSourcingHandler
    void on(MeetingCancelled event) {
        register = register.with(register.meeting(event.meetingId()).cancelled());
    }

    @EventSourcingHandler
    void on(MinutesApproved event) {
        register = register.with(register.meeting(event.meetingId()).minutesApprovedAt(event.atMeeting()));
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        register = register.with(new DecisionState(event.decisionId(), event.decidedOn(), event.dueDate(), null));
    }

    @EventSourcingHandler
    void on(DecisionCompleted event) {
        register = register.with(register.decision(event.decisionId()).completed(event.completedOn()));
    }
}
