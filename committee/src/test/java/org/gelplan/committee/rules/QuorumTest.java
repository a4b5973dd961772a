package org.gelplan.committee.rules;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.InvalidRollCall;
import org.gelplan.committee.api.MeetingHeld;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.Quorum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.gelplan.committee.rules.CommitteeFixtures.*;
import static org.hamcrest.Matchers.containsString;

/** The quorum rule of ADR 0004, through the aggregate: what {@code MeetingHeld} records. */
class QuorumTest {

    private static final LocalDate OCT_30 = LocalDate.of(2009, 10, 30);
    private static final List<MemberId> TWELVE = members(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    private FixtureConfiguration<Committee> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void isReachedWithMoreThanHalfOfTheVotingMembersAndTheLeaderPresent() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(quorumWithLeader()), null))
                .expectResultMessagePayload(new Quorum(TWELVE, members(quorumWithLeader()), 7, THE_LEADER, true));
    }

    @Test
    void isMissedWithHalfOfTheVotingMembers() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 5, 6), null))
                .expectResultMessagePayload(new Quorum(TWELVE, members(1, 2, 3, 4, 5, 6), 7, THE_LEADER, false));
    }

    @Test
    void leavesInviteesOutOfTheQuorumBase() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 5, 6, 13), null))
                .expectResultMessagePayload(new Quorum(TWELVE, members(1, 2, 3, 4, 5, 6), 7, THE_LEADER, false));
    }

    @Test
    void isMissedWithoutTheLeaderOrADelegate() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 6, 7, 8), null))
                .expectResultMessagePayload(new Quorum(TWELVE, members(1, 2, 3, 4, 6, 7, 8), 7, null, false));
    }

    @Test
    void isReachedWithADelegatePresidingForAnAbsentLeader() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 6, 7, 8), member(6)))
                .expectResultMessagePayload(new Quorum(TWELVE, members(1, 2, 3, 4, 6, 7, 8), 7, member(6), true));
    }

    @Test
    void countsTheMembershipOfTheDayTheMeetingWasHeld() {
        MemberRemoved gone = new MemberRemoved(ID, member(12), OCT_30.minusDays(1), "Renuncia");
        List<MemberId> eleven = members(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        fixture.given(constituted(), gone, scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 5, 6), null))
                .expectResultMessagePayload(new Quorum(eleven, members(1, 2, 3, 4, 5, 6), 6, THE_LEADER, true));
    }

    @Test
    void refusesADelegateWhoIsAbsentOrNotNeeded() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 6, 7, 8), member(9)))
                .expectException(InvalidRollCall.class)
                .expectExceptionMessage(containsString("committee.delegate-not-present"));
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(quorumWithLeader()), member(6)))
                .expectException(InvalidRollCall.class)
                .expectExceptionMessage(containsString("committee.delegate-not-needed"));
    }

    @Test
    void refusesAnInviteeAsDelegate() {
        fixture.given(constituted(), scheduled(1, OCT_30))
                .when(hold(members(1, 2, 3, 4, 6, 7, 8, 13), THE_INVITEE))
                .expectException(InvalidRollCall.class);
    }

    private static HoldMeeting hold(List<MemberId> present, MemberId delegate) {
        return new HoldMeeting(ID, meeting(1), OCT_30, present, delegate, null, "Acta", null);
    }
}
