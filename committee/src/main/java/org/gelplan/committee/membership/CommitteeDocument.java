package org.gelplan.committee.membership;

import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MemberView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** One entity's committee, keyed by its DANE code: every appointment with its dates, in order. */
@Document("committees")
record CommitteeDocument(@Id String entityCode, String committeeId, LocalDate constitutedOn, String act,
                         List<MemberView> members) {

    static MemberView appointment(Member member, LocalDate on, String reason) {
        var a = member.appointee();
        return new MemberView(member.memberId().value(), a.position(), a.personName(), a.roles(), a.voting(), a.note(),
                on, reason, null, null);
    }

    /** Replaces the appointment with the same id, or adds it: handling an event twice changes nothing. */
    CommitteeDocument with(MemberView appointment) {
        List<MemberView> changed = new ArrayList<>(members.stream().filter(m -> !m.id().equals(appointment.id())).toList());
        changed.add(appointment);
        changed.sort(Comparator.comparingInt(m -> new MemberId(m.id()).number()));
        return new CommitteeDocument(entityCode, committeeId, constitutedOn, act, changed);
    }

    CommitteeDocument removed(String memberId, LocalDate on, String reason) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .map(m -> with(new MemberView(m.id(), m.position(), m.name(), m.roles(), m.voting(), m.note(),
                        m.appointedOn(), m.appointmentReason(), on, reason)))
                .orElse(this);
    }

    CommitteeView view(LocalDate asOf) {
        List<MemberView> onThatDay = members.stream().filter(m -> m.onCommitteeOn(asOf)).toList();
        return new CommitteeView(committeeId, entityCode, constitutedOn, act, asOf, members,
                onThatDay.stream().filter(MemberView::voting).toList(),
                onThatDay.stream().filter(Predicate.not(MemberView::voting)).toList(),
                holder(onThatDay, CommitteeRole.LEADER), holder(onThatDay, CommitteeRole.CONTROL_INTERNO_RESPONSIBLE));
    }

    private static MemberView holder(List<MemberView> members, CommitteeRole role) {
        return members.stream().filter(m -> m.roles().contains(role)).findFirst().orElse(null);
    }
}
