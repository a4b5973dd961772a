package org.gelplan.committee.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An entity's Comité GEL was constituted.
 *
 * <p>For the plan: from {@code constitutedOn} on, these members (by position, with the person's
 * name where known, and their roles) form the committee that runs the plan, and the voting ones
 * are its quorum base. For an auditor: the act that constituted it, and who recorded it (metadata).
 *
 * @param members in the order the act lists them, numbered from {@code <entity>-M01}
 */
@Revision("1")
public record CommitteeConstituted(CommitteeId committeeId, LocalDate constitutedOn, String act, List<Member> members) {

    public CommitteeConstituted {
        members = List.copyOf(members);
    }
}
