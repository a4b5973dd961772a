package org.gelplan.committee.api;

import java.util.List;

/**
 * The quorum of a held meeting, computed from the membership on the day it was held (ADR 0004):
 * more than half of the voting members of that day present, and the meeting presided by the leader
 * of that day or, in their absence, by a delegate named in the roll call. Invitees never count.
 *
 * @param votingMembers the quorum base: every member (not invitee) on the day
 * @param presentVoting those of them in the roll call
 * @param required      the smallest majority of the base: base / 2 + 1
 * @param presidedBy    the leader if present, else the delegate, else null
 * @param reached       whether the meeting could deliberate and decide
 */
public record Quorum(List<MemberId> votingMembers, List<MemberId> presentVoting, int required,
                     MemberId presidedBy, boolean reached) {

    public Quorum {
        votingMembers = List.copyOf(votingMembers);
        presentVoting = List.copyOf(presentVoting);
    }
}
