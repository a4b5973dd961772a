package org.gelplan.committee.rules;

import org.gelplan.committee.api.CommitteeRole;
import org.gelplan.committee.api.InvalidRollCall;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.Quorum;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The quorum rule (ADR 0004): on the day a meeting is held, more than half of that day's voting
 * members are present, and the leader of that day presides or, in their absence, a voting member
 * present whom the roll call names as delegate. Invitees neither count nor preside.
 */
final class QuorumRule {

    private QuorumRule() {
    }

    static Quorum judge(Roster roster, LocalDate heldOn, List<MemberId> present, MemberId delegate) {
        List<MemberId> voting = roster.votingOn(heldOn);
        List<MemberId> presentVoting = voting.stream().filter(present::contains).toList();
        int required = voting.size() / 2 + 1;
        Optional<MemberId> leader = roster.holderOn(CommitteeRole.LEADER, heldOn);
        boolean leaderPresent = leader.isPresent() && present.contains(leader.get());
        if (delegate != null && leaderPresent) {
            throw new InvalidRollCall("committee.delegate-not-needed", delegate.value(), leader.get().value());
        }
        if (delegate != null && !presentVoting.contains(delegate)) {
            throw new InvalidRollCall("committee.delegate-not-present", delegate.value());
        }
        MemberId presidedBy = leaderPresent ? leader.get() : delegate;
        boolean reached = presidedBy != null && presentVoting.size() >= required;
        return new Quorum(voting, presentVoting, required, presidedBy, reached);
    }
}
