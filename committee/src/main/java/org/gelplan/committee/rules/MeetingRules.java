package org.gelplan.committee.rules;

import org.gelplan.committee.api.ApproveMinutes;
import org.gelplan.committee.api.CancelMeeting;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.InvalidRollCall;
import org.gelplan.committee.api.MeetingAlreadyCancelled;
import org.gelplan.committee.api.MeetingAlreadyHeld;
import org.gelplan.committee.api.MeetingCancelled;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingNotHeld;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MinutesAlreadyApproved;
import org.gelplan.committee.api.MinutesApproved;
import org.gelplan.committee.api.NoQuorum;
import org.gelplan.committee.api.NotOnCommittee;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.ScheduleMeeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A meeting is scheduled (any day from the constitution on), then held once (not before its
 * scheduled day, not in the future, with a roll call of people on the committee that day) or
 * cancelled; its minutes are approved once, at a later meeting held with quorum.
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static MeetingScheduled schedule(ScheduleMeeting command, LocalDate constitutedOn, MeetingId id) {
        LocalDate scheduledFor = Facts.required("scheduledFor", command.scheduledFor());
        Facts.notBeforeConstitution("scheduledFor", scheduledFor, constitutedOn);
        List<String> agenda = Facts.required("agenda", command.agenda());
        agenda.forEach(item -> Facts.required("agenda", item));
        return new MeetingScheduled(command.committeeId(), id, scheduledFor, agenda);
    }

    static MeetingHeld hold(HoldMeeting command, MeetingState meeting, Roster roster, LocalDate today) {
        stillScheduled(meeting);
        LocalDate heldOn = Facts.happened("heldOn", command.heldOn(), today);
        if (heldOn.isBefore(meeting.scheduledFor())) {
            throw new DateOutOfOrder("committee.held-before-scheduled", meeting.id().value(), heldOn.toString(),
                    meeting.scheduledFor().toString());
        }
        List<MemberId> present = Facts.required("present", command.present());
        Set<MemberId> seen = new HashSet<>();
        present.stream().filter(id -> !seen.add(Facts.required("present", id))).findFirst().ifPresent(twice -> {
            throw new InvalidRollCall("committee.duplicate-attendee", twice.value());
        });
        List<MemberId> onCommittee = roster.on(heldOn);
        String strangers = present.stream().filter(id -> !onCommittee.contains(id)).map(MemberId::value)
                .collect(Collectors.joining(", "));
        if (!strangers.isEmpty()) {
            throw new NotOnCommittee("committee.not-on-committee", strangers, heldOn.toString());
        }
        Facts.required("minutes", command.minutes());
        List<String> covered = command.agendaCovered() == null ? meeting.agenda() : command.agendaCovered();
        return new MeetingHeld(command.committeeId(), meeting.id(), heldOn, present, command.delegate(),
                QuorumRule.judge(roster, heldOn, present, command.delegate()), covered, command.minutes(),
                command.documentRef());
    }

    static MeetingCancelled cancel(CancelMeeting command, MeetingState meeting, LocalDate today) {
        stillScheduled(meeting);
        return new MeetingCancelled(command.committeeId(), meeting.id(), today, Facts.required("reason", command.reason()));
    }

    static MinutesApproved approveMinutes(ApproveMinutes command, MeetingState meeting, MeetingState at) {
        held(meeting);
        if (meeting.minutesApprovedAt() != null) {
            throw new MinutesAlreadyApproved(meeting.id(), meeting.minutesApprovedAt());
        }
        withQuorum(at);
        if (!at.heldAfter(meeting)) {
            throw new DateOutOfOrder("committee.minutes-approval-not-later", meeting.id().value(), at.id().value());
        }
        return new MinutesApproved(command.committeeId(), meeting.id(), at.id(), at.heldOn());
    }

    /** The meeting was held, with quorum: it may decide and approve minutes. */
    static Quorum withQuorum(MeetingState meeting) {
        MeetingRules.held(meeting);
        if (!meeting.quorum().reached()) {
            throw new NoQuorum(meeting.id(), meeting.quorum().presentVoting().size(), meeting.quorum().required());
        }
        return meeting.quorum();
    }

    static void held(MeetingState meeting) {
        if (meeting.status() != MeetingStatus.HELD) {
            throw new MeetingNotHeld(meeting.id());
        }
    }

    private static void stillScheduled(MeetingState meeting) {
        if (meeting.status() == MeetingStatus.HELD) {
            throw new MeetingAlreadyHeld(meeting.id(), meeting.heldOn());
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new MeetingAlreadyCancelled(meeting.id());
        }
    }
}
