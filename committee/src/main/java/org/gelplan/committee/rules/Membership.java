package org.gelplan.committee.rules;

import org.gelplan.committee.api.AppointMember;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberAlreadyRemoved;
import org.gelplan.committee.api.MemberAppointed;
import org.gelplan.committee.api.MemberNotFound;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.RemoveMember;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Appointments and removals. Both take effect on a day that already happened, not before the
 * constitution, and after the last held meeting, whose roll call and quorum base never change (ADR 0004).
 */
final class Membership {

    private Membership() {
    }

    static MemberAppointed appoint(AppointMember command, LocalDate constitutedOn, Roster roster,
                                   Optional<LocalDate> lastHeldOn, LocalDate today) {
        LocalDate effectiveOn = effective(command.effectiveOn(), lastHeldOn, today);
        Facts.notBeforeConstitution("effectiveOn", effectiveOn, constitutedOn);
        Facts.required("reason", command.reason());
        Composition.check(Facts.required("appointee", command.appointee()));
        Composition.checkVacancies(command.appointee(), roster, effectiveOn);
        Member member = new Member(roster.nextId(command.committeeId().entityCode()), command.appointee());
        return new MemberAppointed(command.committeeId(), member, effectiveOn, command.reason());
    }

    static MemberRemoved remove(RemoveMember command, Roster roster, Optional<LocalDate> lastHeldOn, LocalDate today) {
        Tenure tenure = roster.find(Facts.required("memberId", command.memberId()))
                .orElseThrow(() -> new MemberNotFound(command.memberId().value()));
        if (tenure.removedOn() != null) {
            throw new MemberAlreadyRemoved(command.memberId(), tenure.removedOn());
        }
        LocalDate effectiveOn = effective(command.effectiveOn(), lastHeldOn, today);
        if (!effectiveOn.isAfter(tenure.appointedOn())) {
            throw new DateOutOfOrder("committee.removal-before-appointment", command.memberId().value(),
                    effectiveOn.toString(), tenure.appointedOn().toString());
        }
        Facts.required("reason", command.reason());
        return new MemberRemoved(command.committeeId(), command.memberId(), effectiveOn, command.reason());
    }

    private static LocalDate effective(LocalDate effectiveOn, Optional<LocalDate> lastHeldOn, LocalDate today) {
        Facts.happened("effectiveOn", effectiveOn, today);
        if (lastHeldOn.isPresent() && !effectiveOn.isAfter(lastHeldOn.get())) {
            throw new DateOutOfOrder("committee.before-last-meeting", effectiveOn.toString(), lastHeldOn.get().toString());
        }
        return effectiveOn;
    }
}
