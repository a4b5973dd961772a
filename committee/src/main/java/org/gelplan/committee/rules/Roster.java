package org.gelplan.committee.rules;

import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.MemberId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every appointment the committee ever made, in order: the membership on any day can be read from it. */
record Roster(List<Tenure> tenures) {

    Roster {
        tenures = List.copyOf(tenures);
    }

    Roster with(Tenure tenure) {
        List<Tenure> more = new ArrayList<>(tenures);
        more.add(tenure);
        return new Roster(more);
    }

    Roster ending(MemberId memberId, LocalDate removedOn) {
        return new Roster(tenures.stream()
                .map(t -> t.member().memberId().equals(memberId) ? t.endingOn(removedOn) : t).toList());
    }

    Optional<Tenure> find(MemberId memberId) {
        return tenures.stream().filter(t -> t.member().memberId().equals(memberId)).findFirst();
    }

    /** Members and invitees on that day. */
    List<MemberId> on(LocalDate day) {
        return tenures.stream().filter(t -> t.covers(day)).map(t -> t.member().memberId()).toList();
    }

    /** The quorum base of that day: the members, not the invitees. */
    List<MemberId> votingOn(LocalDate day) {
        return tenures.stream().filter(t -> t.covers(day) && t.member().appointee().voting())
                .map(t -> t.member().memberId()).toList();
    }

    Optional<MemberId> holderOn(CommitteeRole role, LocalDate day) {
        return tenures.stream().filter(t -> t.covers(day) && t.member().appointee().holds(role))
                .map(t -> t.member().memberId()).findFirst();
    }

    MemberId nextId(String entityCode) {
        return MemberId.of(entityCode, tenures.size() + 1);
    }
}
