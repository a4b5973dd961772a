package org.gelplan.committee.rules;

import org.gelplan.committee.api.Appointee;
import org.gelplan.committee.api.CommitteeConstituted;
import org.gelplan.committee.api.ConstituteCommittee;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberId;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The rules a committee's constitution must meet; members are numbered in the act's order. */
final class Constitution {

    private Constitution() {
    }

    static CommitteeConstituted constitute(ConstituteCommittee command, LocalDate today) {
        Facts.required("committeeId", command.committeeId());
        Facts.happened("constitutedOn", command.constitutedOn(), today);
        Facts.required("act", command.act());
        List<Appointee> appointees = Facts.required("members", command.members());
        Composition.checkConstitution(appointees);
        String entityCode = command.committeeId().entityCode();
        List<Member> members = IntStream.range(0, appointees.size())
                .mapToObj(i -> new Member(MemberId.of(entityCode, i + 1), appointees.get(i))).toList();
        return new CommitteeConstituted(command.committeeId(), command.constitutedOn(), command.act(), members);
    }
}
